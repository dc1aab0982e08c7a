package com.consort.knowledge.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.StorageKind;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer of 200 means the write survives a crash: a JVM of its own commits rows one by one through
 * a pool on the embedded database URL the server uses and prints each acknowledged commit; it is killed
 * with SIGKILL (no shutdown hook, no clean close) mid-stream, and every acknowledged row is still there
 * when the file is opened again.
 */
class EmbeddedDurabilityTest {

    private static final int KILL_AFTER = 400;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedCommitSurvivesAKilledProcess() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        int acknowledged = 0;
        StringBuilder other = new StringBuilder();
        try (var lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("acked ")) {
                    acknowledged = Integer.parseInt(line.substring(6));
                    if (acknowledged >= KILL_AFTER) {
                        writer.destroyForcibly(); // SIGKILL while the writer goes on committing
                        break;
                    }
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("the writer's output:\n" + other).isGreaterThanOrEqualTo(KILL_AFTER);

        try (Connection db = DriverManager.getConnection(StorageKind.embeddedUrl(data), "sa", "");
                ResultSet rows = db.createStatement().executeQuery("SELECT count(*), max(n) FROM acked_write")) {
            rows.next();
            assertThat(rows.getInt(2)).as("the last acknowledged write is there after the crash").isGreaterThanOrEqualTo(acknowledged);
            assertThat(rows.getInt(1)).as("no acknowledged write is missing").isEqualTo(rows.getInt(2));
        }
    }

    /** The child JVM: commits one row at a time, each in its own transaction, and says so after each commit. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            try (HikariDataSource pool = new HikariDataSource()) {
                pool.setJdbcUrl(StorageKind.embeddedUrl(Path.of(args[0])));
                pool.setUsername("sa");
                pool.setPassword("");
                pool.setMaximumPoolSize(2);
                try (Connection c = pool.getConnection()) {
                    c.createStatement().execute("CREATE TABLE acked_write (n INT PRIMARY KEY, body VARCHAR(4000) NOT NULL)");
                }
                String body = String.join(" ", List.of("a draft version of about two kilobytes,").stream()
                        .map(s -> s.repeat(50)).toList());
                for (int n = 1; ; n++) {
                    try (Connection c = pool.getConnection();
                            var insert = c.prepareStatement("INSERT INTO acked_write (n, body) VALUES (?, ?)")) {
                        insert.setInt(1, n);
                        insert.setString(2, body);
                        insert.executeUpdate(); // auto-commit: acknowledged when this returns
                    }
                    System.out.println("acked " + n);
                    System.out.flush();
                }
            }
        }
    }
}
