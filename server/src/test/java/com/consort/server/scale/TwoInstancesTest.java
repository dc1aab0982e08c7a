package com.consort.server.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.PostgresTestDatabase;
import com.consort.server.ConsortApplication;
import com.consort.server.testing.WebClient;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Two Consort server processes on one PostgreSQL database, as behind a load balancer without sticky
 * sessions: a browser logs in through one and goes on through the other, the login throttle counts
 * failures made through both, an import started on one is followed to its end through the other, and
 * an MCP session is per instance (another answers 404, and the client initialises there), and an
 * instance killed outright (SIGKILL) mid-import leaves a job the survivor ends as failed, with the reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String ADMIN_KEY = "two-instances-admin-key-0123456789";
    private static final String PASSWORD = "correct-horse-battery";
    private static final String MCP_INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},\
            "clientInfo":{"name":"probe","version":"1"}}}""";
    private static final String MCP_TOOLS = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    private static final Path LOGS = Path.of("target", "two-instances");

    private static Process first;
    private static Process second;
    private static int portA;
    private static int portB;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        var db = PostgresTestDatabase.server().createDatabase();
        Files.createDirectories(LOGS);
        portA = freePort();
        portB = freePort();
        // one after the other: Flyway migrates with the first, and two cold starts at once would crowd 2 cores
        first = start("a", portA, db);
        awaitReady(first, portA);
        second = start("b", portB, db);
        awaitReady(second, portB);
    }

    @AfterAll
    static void stop() {
        for (Process p : new Process[] {first, second}) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void aBrowserLoggedInThroughOneInstanceGoesOnThroughTheOtherAndLogsOutEverywhere() throws Exception {
        String username = user("ADMIN");
        var onA = new WebClient(portA);
        assertThat(onA.login(username, PASSWORD).header("Location")).doesNotContain("error");
        assertThat(onA.api("GET", "/api/me", null).status()).isEqualTo(200);

        WebClient onB = onA.on(portB);
        var me = onB.api("GET", "/api/me", null);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("ADMIN");
        assertThat(onB.page("/admin").status()).isEqualTo(200);
        // a session write on B carries the CSRF token A handed out: the token lives in the shared session
        var key = onB.api("POST", "/api/admin/api-keys", "{\"name\":\"made on B\",\"role\":\"SELLER\"}", true);
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        assertThat(onB.api("POST", "/api/admin/api-keys", "{\"name\":\"x\",\"role\":\"SELLER\"}", false).status()).isEqualTo(403);

        assertThat(onB.logout().header("Location")).endsWith("/login?logout");
        assertThat(onA.api("GET", "/api/me", null).status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void theLoginThrottleCountsFailuresMadeThroughBothInstances() throws Exception {
        String username = user("SELLER");
        for (int i = 0; i < 5; i++) {
            int port = i % 2 == 0 ? portA : portB;
            assertThat(new WebClient(port).login(username, "guess-" + i).header("Location")).endsWith("/login?error");
        }
        // five failures, spread over two instances: the right password now waits on both
        for (int port : new int[] {portA, portB}) {
            var browser = new WebClient(port);
            assertThat(browser.login(username, PASSWORD).header("Location")).endsWith("/login?error");
            assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(401);
            assertThat(browser.page("/login?error").body()).contains("id=\"login-paused\"");
        }
    }

    @Test
    @Order(3)
    void anMcpSessionIsKnownToItsInstanceOnlyAndAnotherAnswers404SoTheClientInitialisesAgain() throws Exception {
        String session = mcp(portA, null, MCP_INITIALIZE).headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(mcp(portA, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode()).isEqualTo(202);
        assertThat(mcp(portA, session, MCP_TOOLS).statusCode()).isEqualTo(200);

        // what a client sees when its instance is gone (or the balancer sends it elsewhere): 404, as the MCP
        // specification asks, and a conforming client starts a new session there
        assertThat(mcp(portB, session, MCP_TOOLS).statusCode()).isEqualTo(404);
        var again = mcp(portB, null, MCP_INITIALIZE);
        assertThat(again.statusCode()).isEqualTo(200);
        String onB = again.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(mcp(portB, onB, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode()).isEqualTo(202);
        var tools = mcp(portB, onB, MCP_TOOLS);
        assertThat(tools.statusCode()).isEqualTo(200);
        assertThat(tools.body()).contains("search_partners");
    }

    @Test
    @Order(4)
    void anImportStartedOnOneInstanceIsFollowedToItsEndThroughTheOther() throws Exception {
        var started = WebClient.upload(portA, "/api/admin/import-jobs", ADMIN_KEY, "bundle", "bundle.zip", bundle("T", 4, 3));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();

        JsonNode job = awaitEnd(portB, id, Duration.ofMinutes(3));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("summary").get("partners").get("imported").asInt()).isEqualTo(4);
        assertThat(job.get("summary").get("documentsIndexed").asInt()).isEqualTo(3);
        assertThat(WebClient.bearer(portB, "GET", "/api/partners/T1", ADMIN_KEY, null).status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void anInstanceKilledMidImportLeavesAJobTheOtherEndsAsFailedWithTheReason() throws Exception {
        var started = WebClient.upload(portA, "/api/admin/import-jobs", ADMIN_KEY, "bundle", "bundle.zip", bundle("K", 2, 40));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();

        // followed through B until A is into its documents, then A is killed outright
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode job = status(portB, id);
        while (!("RUNNING".equals(job.get("state").asString()) && "documents".equals(job.get("phase").asString())
                && job.get("done").asInt() >= 1)) {
            assertThat(Instant.now()).as("the import reaches its documents: " + job).isBefore(deadline);
            assertThat(job.get("state").asString()).isIn("QUEUED", "RUNNING");
            Thread.sleep(100);
            job = status(portB, id);
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook marks the job
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // B ends it once A's heartbeat is stale (test settings: 1 s heartbeat, stale after 4 s)
        JsonNode ended = awaitEnd(portB, id, Duration.ofSeconds(60));
        assertThat(ended.get("state").asString()).isEqualTo("FAILED");
        assertThat(ended.get("error").asString()).contains("stopped before it ended").contains("upload the same bundle again");
        assertThat(ended.get("finishedAt").isNull()).isFalse();
        // the documents A had committed stay, and B serves them
        assertThat(WebClient.bearer(portB, "GET", "/api/partners/K1", ADMIN_KEY, null).status()).isEqualTo(200);
    }

    private static String user(String role) throws Exception {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = WebClient.bearer(portA, "POST", "/api/admin/users", ADMIN_KEY, "{\"username\":\"" + username
                + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private static java.net.http.HttpResponse<String> mcp(int port, String session, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/mcp"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode status(int port, String id) throws Exception {
        var response = WebClient.bearer(port, "GET", "/api/admin/import-jobs/" + id, ADMIN_KEY, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode awaitEnd(int port, String id, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        JsonNode job = status(port, id);
        while (job.get("state").asString().matches("QUEUED|RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            job = status(port, id);
        }
        return job;
    }

    /** A bundle of {@code partners} partners and {@code stories} demo case studies (Markdown), each copy a different file. */
    private static byte[] bundle(String prefix, int partners, int stories) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            var csv = new StringBuilder("id,name,tier\n");
            for (int i = 1; i <= partners; i++) {
                csv.append(prefix).append(i).append(",Instance Test ").append(prefix).append(i).append(" Ltd,Gold\n");
            }
            zip.putNextEntry(new ZipEntry("partners.csv"));
            zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            List<String> files = demoStories();
            for (int i = 0; i < stories; i++) {
                String file = files.get(i % files.size());
                zip.putNextEntry(new ZipEntry("documents/" + prefix + i + "-" + Path.of(file).getFileName()));
                try (InputStream in = resource("demo/documents/" + file)) {
                    byte[] content = in.readAllBytes();
                    zip.write(content);
                    // a different file each time, so a repeated story is indexed again rather than skipped
                    zip.write(("\n\nCopy " + prefix + i + ".\n").getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> demoStories() throws IOException {
        List<String> files = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(resource("demo/documents/documents.csv"), StandardCharsets.UTF_8))) {
            lines.lines().skip(1).filter(l -> l.contains(",case_study,") && l.matches("^[^,]+\\.md,.*"))
                    .forEach(l -> files.add(l.substring(0, l.indexOf(','))));
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    private static InputStream resource(String path) {
        InputStream in = TwoInstancesTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }

    /** The server in a JVM of its own, on this test's classpath, as the jar would run it. */
    private static Process start(String name, int port, PostgresTestDatabase.Database db) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), ConsortApplication.class.getName(),
                "--server.port=" + port, "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
                "--consort.admin-api-key=" + ADMIN_KEY, "--consort.admin-password=two-instances-admin-pw",
                "--consort.demo-data=false",
                "--consort.import.heartbeat=1s", "--consort.import.stale-after=4s");
        Path log = LOGS.resolve(name + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(Process process, int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the server process runs (see " + LOGS + ")").isTrue();
            try {
                if (WebClient.bearer(port, "GET", "/actuator/health/readiness", null, null).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server on port " + port + " did not get ready (see " + LOGS + ")");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
