package com.consort.eval.bench;

import com.consort.knowledge.StorageKind;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What a durable commit costs ({@code scripts/bench.sh commit}): single-row transactions of about 2 KB
 * (the size of a draft version), committed one at a time through a pool, on the embedded database as
 * the server opens it ({@link StorageKind#embeddedUrl}: WRITE_DELAY=0, every commit written to the file
 * before it returns), on the same URL with H2's default background write (500 ms), and on PostgreSQL.
 * Rounds alternate so the machine's changing speed hits each alike; the best round of each is reported.
 */
public final class CommitBench {

    private static final int COMMITS = 3_000;
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/commit.md");
        Files.createDirectories(out.getParent());
        String[] names = {"embedded, durable (WRITE_DELAY=0, as the server runs)", "embedded, H2 default (written within 500 ms)",
                "PostgreSQL (fsync on)"};
        double[][] perCommitMs = new double[names.length][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            perCommitMs[0][round] = measure(TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "commit-bench-")));
            perCommitMs[1][round] = measure(TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "commit-bench-"),
                    url -> url.replace(";WRITE_DELAY=0", "")));
            perCommitMs[2][round] = measure(TestStorage.postgres());
        }
        var report = new StringBuilder("# Commit cost (single-row transactions of about 2 KB)\n\n").append(KnowledgeBench.machine())
                .append(String.format(Locale.ROOT, "%,d commits per round, best of %d alternating rounds.%n%n", COMMITS, ROUNDS))
                .append("| set-up | ms per commit | commits/s |\n| --- | ---: | ---: |\n");
        for (int i = 0; i < names.length; i++) {
            double best = Arrays.stream(perCommitMs[i]).min().orElseThrow();
            report.append(String.format(Locale.ROOT, "| %s | %.2f | %,.0f |%n", names[i], best, 1000 / best));
        }
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static double measure(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("CREATE TABLE commit_bench (n INT PRIMARY KEY, body VARCHAR(4000) NOT NULL)");
        }
        String body = "a draft version of about two kilobytes, ".repeat(50);
        long start = System.nanoTime();
        for (int n = 0; n < COMMITS; n++) {
            try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement("INSERT INTO commit_bench VALUES (?, ?)")) {
                insert.setInt(1, n);
                insert.setString(2, body);
                insert.executeUpdate();
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 / COMMITS;
        if (dataSource instanceof AutoCloseable closeable) {
            closeable.close();
        }
        return ms;
    }
}
