package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo-data generator is a build-time tool: no class of it is on the server's runtime classpath, the list
 * of jars and module outputs that the Boot jar nests. The list is written by the build
 * (maven-dependency-plugin, compile + runtime scope) to target/runtime.classpath, so a test-scope dependency
 * cannot hide or fake the result, and the check catches the tool's module as well as its classes copied back
 * into a module the server ships.
 */
class ServerRuntimeHasNoDemoGeneratorTest {

    @Test
    void noDemoGeneratorClassOnTheRuntimeClasspath() throws IOException {
        Path listFile = Path.of("target/runtime.classpath");
        assertThat(listFile).as("written by the build (mvn generate-test-resources)").exists();
        List<String> generator = new ArrayList<>();
        List<String> evalClasses = new ArrayList<>();
        for (String entry : Files.readString(listFile).strip().split(File.pathSeparator)) {
            classes(Path.of(entry), name -> {
                if (name.startsWith("com/consort/demodata/") || name.endsWith("/DemoDataGenerator.class")) {
                    generator.add(entry + "!" + name);
                }
                if (name.startsWith("com/consort/eval/")) {
                    evalClasses.add(name);
                }
            });
        }
        assertThat(evalClasses).as("the scan reads the modules the server ships (eval among them)").isNotEmpty();
        assertThat(generator).as("demo generator classes on the server's runtime classpath").isEmpty();
    }

    private static void classes(Path entry, Consumer<String> sink) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> walk = Files.walk(entry)) {
                walk.filter(p -> p.toString().endsWith(".class"))
                        .forEach(p -> sink.accept(entry.relativize(p).toString().replace('\\', '/')));
            }
        } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(sink);
            }
        }
    }
}
