package com.consort.knowledge.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real PostgreSQL + pgvector server for tests, one per test JVM. Where a Docker engine answers it is
 * a Testcontainers {@code pgvector/pgvector} container; otherwise a private cluster under
 * {@code target/} on a free loopback port, started from the Debian server binaries that
 * {@code scripts/install-test-deps.sh} installs. PostgreSQL refuses to run as root, so as root the
 * cluster runs as the {@code postgres} system user. It never silently skips: a missing server fails.
 */
public final class PostgresTestDatabase {

    public record Database(String jdbcUrl, String user, String password) {
    }

    private static final String USER = "consort";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresTestDatabase instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresTestDatabase(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The shared server, started on first use. */
    public static synchronized PostgresTestDatabase server() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainer() : startLocalCluster();
        }
        return instance;
    }

    /** A new, empty database with the vector extension, so that each test class starts clean. */
    public Database createDatabase() {
        String name = "consort_test_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        try (Connection c = DriverManager.getConnection(url(name), user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS vector");
        } catch (SQLException e) {
            throw new IllegalStateException("pgvector is not installed: run scripts/install-test-deps.sh", e);
        }
        return new Database(url(name), user, password);
    }

    private String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static boolean dockerAvailable() {
        boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"));
        if (!dockerConfigured || "local".equals(System.getenv("CONSORT_TEST_POSTGRES"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static PostgresTestDatabase startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse("pgvector/pgvector:pg17").asCompatibleSubstituteFor("postgres"))
                .withUsername(USER).withPassword(USER);
        container.start();
        return new PostgresTestDatabase(container.getHost(), container.getMappedPort(5432), USER, USER);
    }

    private static PostgresTestDatabase startLocalCluster() {
        try {
            Path bin = postgresBinaries();
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = clusterDirectory(root);
            Path data = dir.resolve("data");
            int port = freePort();
            run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--auth=trust", "--encoding=UTF8", "--no-locale");
            // Durability is pointless for a throw-away test cluster; turning it off makes DDL fast.
            run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k ''"
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
                    deleteRecursively(dir);
                } catch (IOException | RuntimeException e) {
                    System.err.println("Could not stop the test PostgreSQL cluster in " + dir + ": " + e);
                }
            }));
            return new PostgresTestDatabase("127.0.0.1", port, USER, "");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a local PostgreSQL cluster: " + e.getMessage()
                    + " (run scripts/install-test-deps.sh)", e);
        }
    }

    private static Path postgresBinaries() throws IOException {
        String configured = System.getenv("CONSORT_POSTGRES_BIN");
        if (configured != null) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                        .orElseThrow(() -> new IOException("no initdb under " + root));
            }
        }
        throw new IOException("PostgreSQL server binaries not found under " + root);
    }

    /** Under target/ when the postgres user can reach it, else under the system temp directory. */
    private static Path clusterDirectory(boolean root) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path dir = Files.createTempDirectory(target, "pg-");
        if (root) {
            if (!reachableByPostgres(dir)) {
                deleteRecursively(dir);
                dir = Files.createTempDirectory("consort-pg-");
            }
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        return dir;
    }

    private static boolean reachableByPostgres(Path dir) {
        try {
            Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
            run(true, "test", "-w", dir.toString());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void run(boolean asPostgres, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (asPostgres) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", line) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
