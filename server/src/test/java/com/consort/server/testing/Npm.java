package com.consort.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Node.js for the tests that use code we did not write from npm (the interop clients, axe-core): installs
 * a folder's packages with {@code npm ci} from its committed lock file, and runs commands in it.
 */
public final class Npm {

    private static final int NPM_CI_SECONDS = 300;

    private Npm() {
    }

    /** {@code npm ci} in the folder, unless its node_modules already matches the lock file. */
    public static synchronized void install(Path folder) throws IOException, InterruptedException {
        Path installed = folder.resolve("node_modules/.package-lock.json");
        Path lock = folder.resolve("package-lock.json");
        if (Files.exists(installed) && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        run(folder, List.of("npm", "ci", "--no-audit", "--no-fund"), NPM_CI_SECONDS);
    }

    /** Runs the command in the folder; fails the test, with its output, unless it exits 0 in time. Returns stdout. */
    public static String run(Path folder, List<String> command, int seconds) throws IOException, InterruptedException {
        File out = Files.createTempFile("npm", ".out").toFile();
        File err = Files.createTempFile("npm", ".err").toFile();
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out).redirectError(err).start();
            boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            String output = Files.readString(out.toPath(), StandardCharsets.UTF_8);
            String errors = Files.readString(err.toPath(), StandardCharsets.UTF_8);
            assertThat(done && process.exitValue() == 0).as(String.join(" ", command) + " failed:\n" + output + "\n" + errors).isTrue();
            return output;
        } finally {
            out.delete();
            err.delete();
        }
    }
}
