package com.consort.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.server.ConsortApplicationAccess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line bulk import, run as a user would: against an embedded database on disk. */
class ImportCommandTest {

    @TempDir
    Path work;

    @Test
    void importsWithAProgressBarReportsFailuresAndARerunAddsNoDuplicates() throws Exception {
        Path partners = Files.writeString(work.resolve("directory.csv"),
                "id,name,countries\nC1,Cli One GmbH,Germany\nC2,,France\n");
        Path documents = Files.createDirectories(work.resolve("stories"));
        Files.writeString(documents.resolve("one.md"), "# One\n\nCli One rolled out Orbitly to 300 engineers.\n");
        Files.writeString(documents.resolve("two.txt"), "Cli Two automated invoice approvals.\n");
        Files.write(documents.resolve("broken.pdf"), "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII));
        Path data = work.resolve("data");
        String[] args = {"import", "--partners", partners.toString(), "--documents", documents.toString()};

        String first = run(args, data);
        assertThat(first).contains("partners  [").contains("documents [").contains("3/3");
        assertThat(first).contains("Partners: 1 imported, 0 updated, 1 rejected").contains("line 3 (C2)").contains("name");
        assertThat(first).contains("Documents: 2 indexed, 0 already present, 1 failed").contains("broken.pdf");

        String second = run(args, data);
        assertThat(second).contains("Partners: 0 imported, 1 updated").contains("Documents: 0 indexed, 2 already present, 1 failed");
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("consort") + ";DATABASE_TO_LOWER=TRUE", "sa", "");
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM document WHERE kind = 'case_study'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3); // two indexed, one recorded as failed (once, though tried twice)
        }
    }

    @Test
    void wrongArgumentsGetAUsageMessage() {
        assertThatThrownBy(() -> ImportCommand.parse(new String[] {"import"})).hasMessageContaining("Usage");
        assertThatThrownBy(() -> ImportCommand.parse(new String[] {"import", "--partners", work.resolve("none.csv").toString()}))
                .hasMessageContaining("No partner file");
        assertThatThrownBy(() -> ImportCommand.parse(new String[] {"import", "--documents", work.toString(), "--kind", "poster"}))
                .hasMessageContaining("--kind");
    }

    private static String run(String[] args, Path data) throws Exception {
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setProperty("consort.data-dir", data.toString());
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = ConsortApplicationAccess.runImport(args);
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(1); // broken.pdf fails on every run
        } finally {
            System.setOut(original);
            System.clearProperty("consort.data-dir");
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
