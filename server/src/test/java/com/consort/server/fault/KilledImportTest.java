package com.consort.server.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.StorageKind;
import com.consort.server.ConsortApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line bulk import is killed (SIGKILL, no shutdown hooks) in the middle of its documents,
 * then run again: the second run completes, and nothing is there twice or half.
 */
class KilledImportTest {

    private static final int PARTNERS = 40;
    private static final int STORIES = 16;
    private static final Pattern DOCUMENT_PROGRESS = Pattern.compile("documents \\[[#.]+] (\\d+)/(\\d+)");

    @TempDir
    Path work;

    @Test
    void anImportKilledMidwayCompletesOnTheRerunWithoutDuplicates() throws Exception {
        Path partners = work.resolve("partners.csv");
        try (var lines = new BufferedReader(new InputStreamReader(resource("demo/partners.csv"), StandardCharsets.UTF_8))) {
            Files.write(partners, lines.lines().limit(PARTNERS + 1).toList());
        }
        Path documents = Files.createDirectories(work.resolve("stories"));
        List<String> stories = demoStories();
        for (String file : stories.subList(0, STORIES)) {
            try (InputStream in = resource("demo/documents/" + file)) {
                Files.copy(in, documents.resolve(Path.of(file).getFileName()));
            }
        }
        Path data = work.resolve("data");
        List<String> command = command(data, "import", "--partners", partners.toString(), "--documents", documents.toString());

        // first run: killed once a few documents are in
        Process first = new ProcessBuilder(command).redirectErrorStream(true).start();
        int doneWhenKilled = -1;
        StringBuilder seen = new StringBuilder();
        try (var out = new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[256];
            for (int read; (read = out.read(buffer)) > 0; ) {
                seen.append(buffer, 0, read);
                Matcher m = DOCUMENT_PROGRESS.matcher(seen.substring(Math.max(0, seen.length() - 200)));
                int done = -1;
                while (m.find()) {
                    done = Integer.parseInt(m.group(1));
                }
                if (done >= 8) {
                    first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
                    doneWhenKilled = done;
                    break;
                }
            }
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(doneWhenKilled).as("killed during the documents phase:\n" + seen).isBetween(8, STORIES - 1);
        assertThat(first.exitValue()).isNotZero();

        // second run: completes, indexes only what the first did not
        Process second = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        Matcher summary = Pattern.compile("Documents: (\\d+) indexed, (\\d+) already present, 0 failed").matcher(output);
        assertThat(summary.find()).as(output).isTrue();
        int indexed = Integer.parseInt(summary.group(1));
        int present = Integer.parseInt(summary.group(2));
        assertThat(indexed + present).isEqualTo(STORIES);
        // every document the killed run reported done was committed durably (H2 with WRITE_DELAY=0), so the
        // re-run finds each of them present and redoes none
        assertThat(present).as("documents the killed run had committed").isBetween(doneWhenKilled, STORIES - 1);
        assertThat(output).contains("Partners: 0 imported, " + PARTNERS + " updated, 0 rejected");

        try (Connection db = DriverManager.getConnection(StorageKind.embeddedUrl(data), "sa", "")) {
            assertThat(count(db, "SELECT count(*) FROM document WHERE kind = 'case_study'")).isEqualTo(STORIES);
            assertThat(count(db, "SELECT count(DISTINCT file_name) FROM document WHERE kind = 'case_study'")).isEqualTo(STORIES);
            assertThat(count(db, "SELECT count(*) FROM document WHERE status <> 'INDEXED'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM partner")).isEqualTo(PARTNERS);
            assertThat(count(db, "SELECT count(*) FROM document WHERE kind = 'profile'")).isEqualTo(PARTNERS);
            assertThat(count(db, """
                    SELECT count(*) FROM document d WHERE d.chunk_count <> (SELECT count(*) FROM chunk c WHERE c.document_id = d.id)
                        OR d.chunk_count <> (SELECT count(*) FROM chunk_vector v WHERE v.document_id = d.id)""")).isZero();
            assertThat(count(db, "SELECT count(*) FROM chunk_vector v WHERE NOT EXISTS (SELECT 1 FROM chunk c WHERE c.id = v.chunk_id)"))
                    .isZero();
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The import command in a JVM of its own, on this test's classpath, against an embedded database in {@code data}. */
    private static List<String> command(Path data, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dconsort.data-dir=" + data, "-cp", System.getProperty("java.class.path"),
                ConsortApplication.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> demoStories() throws IOException {
        List<String> files = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(resource("demo/documents/documents.csv"), StandardCharsets.UTF_8))) {
            lines.lines().skip(1).filter(l -> l.contains(",case_study,")).forEach(l -> files.add(l.substring(0, l.indexOf(','))));
        }
        return files;
    }

    private static InputStream resource(String path) {
        InputStream in = KilledImportTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }
}
