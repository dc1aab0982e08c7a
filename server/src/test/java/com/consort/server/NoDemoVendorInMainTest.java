package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Consort is any vendor's, not the demo's: no file under any module's src/main names a demo vendor,
 * except the demo data itself (resources/demo/, and the demo-data tool module that writes it, which no
 * module depends on), which is data the demo loader reads, not code.
 */
class NoDemoVendorInMainTest {

    static final List<String> DEMO_VENDORS = List.of("orbitly", "corvane");

    @Test
    void noFileUnderSrcMainNamesADemoVendor() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String path = root.relativize(file).toString().replace('\\', '/');
                        if (path.contains("/resources/demo/") || path.startsWith("demo-data/")) {
                            continue;
                        }
                        checked++;
                        String text = read(file).toLowerCase(Locale.ROOT);
                        DEMO_VENDORS.stream().filter(text::contains).forEach(v -> offenders.add(path + " names " + v));
                    }
                }
            }
        }
        assertThat(checked).as("files checked").isGreaterThan(200);
        assertThat(offenders).isEmpty();
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        }
    }
}
