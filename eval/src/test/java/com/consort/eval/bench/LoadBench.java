package com.consort.eval.bench;

import com.consort.eval.internal.assistant.AssistantCase;
import com.consort.eval.internal.assistant.AssistantEvalSuite;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load test ({@code scripts/bench.sh load}): starts the server jar on loopback with the demo data
 * and drives it for {@code LOAD_MINUTES} (default 5) with {@code LOAD_CHATS} (50) concurrent chat
 * conversations and {@code LOAD_DRAFTS} (10) concurrent draft writers, as separate API clients. Chats
 * replay the assistant-demo suite's conversations (one message in four streamed as server-sent
 * events); draft writers create a draft from a random case study and edit it once. Afterwards every
 * conversation and draft is read back: a message or version the server acknowledged but did not keep
 * counts as lost. Exits 1 on any 5xx, transport error or loss. Set {@code CONSORT_DB_URL} (and
 * credentials) to run the server against PostgreSQL instead of the embedded default.
 */
public final class LoadBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ASSET_TYPES = List.of("one_pager", "email", "social", "landing_page", "blog_post");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong transportErrors = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    private LoadBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/load.md");
        Files.createDirectories(out.getParent());
        double minutes = Double.parseDouble(System.getenv().getOrDefault("LOAD_MINUTES", "5"));
        int chats = Integer.parseInt(System.getenv().getOrDefault("LOAD_CHATS", "50"));
        int drafters = Integer.parseInt(System.getenv().getOrDefault("LOAD_DRAFTS", "10"));
        List<AssistantCase> cases = AssistantEvalSuite.parseCases(new Yaml().load(Files.readString(Path.of("suites/assistant-demo.yaml"))));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String adminKey = "csk_load_" + UUID.randomUUID().toString().replace("-", "");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "load-");
        ProcessBuilder server = new ProcessBuilder("java", "-jar", "../server/target/consort-server.jar")
                .redirectErrorStream(true).redirectOutput(out.resolveSibling("load-server.log").toFile());
        server.environment().putAll(Map.of("SERVER_PORT", String.valueOf(port), "CONSORT_DATA_DIR", dataDir.toString(),
                "CONSORT_ADMIN_API_KEY", adminKey));
        Process process = server.start();
        try {
            LoadBench bench = new LoadBench("http://127.0.0.1:" + port);
            long started = System.nanoTime();
            int stories = bench.awaitDemo(adminKey, process);
            String seller = bench.key(adminKey, "load-seller", "SELLER");
            String marketing = bench.key(adminKey, "load-marketing", "MARKETING");
            List<JsonNode> storyList = bench.list(bench.get("/api/studio/stories", marketing));
            StringBuilder report = new StringBuilder("# Load test\n\n").append(KnowledgeBench.machine()).append(String.format(
                    Locale.ROOT, "Server: `java -jar server/target/consort-server.jar` on loopback, %s set-up, demo "
                            + "data (%d case studies) ready %.0f s after launch. Load: %d chat conversations and %d draft "
                            + "writers at once for %.1f minutes, no think time.%n%n",
                    System.getenv("CONSORT_DB_URL") == null ? "embedded" : "PostgreSQL", stories,
                    (System.nanoTime() - started) / 1e9, chats, drafters, minutes));
            long deadline = System.nanoTime() + (long) (minutes * 60e9);
            ExecutorService pool = Executors.newFixedThreadPool(chats + drafters);
            List<Future<Integer>> work = new ArrayList<>();
            for (int i = 0; i < chats; i++) {
                int worker = i;
                work.add(pool.submit(() -> bench.chat(seller, cases, new Random(worker), deadline)));
            }
            for (int i = 0; i < drafters; i++) {
                int worker = i;
                work.add(pool.submit(() -> bench.draft(marketing, storyList, new Random(1000 + worker), deadline)));
            }
            int conversations = 0;
            int drafts = 0;
            for (int i = 0; i < work.size(); i++) {
                if (i < chats) {
                    conversations += work.get(i).get();
                } else {
                    drafts += work.get(i).get();
                }
            }
            pool.shutdown();
            report.append(bench.summary(conversations, drafts));
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Written to " + out.toAbsolutePath());
            System.exit(bench.failed() ? 1 : 0);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Waits for the server and its demo data: the 68 demo case studies listed by the studio. */
    private int awaitDemo(String adminKey, Process process) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited: see target/bench/load-server.log");
            }
            try {
                var response = send(request("/api/studio/stories", adminKey).GET().build());
                if (response.statusCode() == 200) {
                    int stories = JSON.readTree(response.body()).size();
                    if (stories >= 68) {
                        return stories;
                    }
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The demo data did not load within 10 minutes");
    }

    private String key(String adminKey, String name, String role) throws Exception {
        var response = send(request("/api/admin/api-keys", adminKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name, "role", role)))).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Creating a " + role + " key: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("key").asString();
    }

    /** Conversations one after another until the deadline; returns how many were checked. */
    private int chat(String key, List<AssistantCase> cases, Random random, long deadline) {
        int conversations = 0;
        while (System.nanoTime() < deadline) {
            JsonNode created = call("conversation.create", request("/api/assistant/conversations", key)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), 201);
            if (created == null) {
                continue;
            }
            String id = created.get("id").asString();
            int acknowledged = 0;
            for (String turn : cases.get(random.nextInt(cases.size())).turns()) {
                boolean stream = random.nextInt(4) == 0;
                var builder = request("/api/assistant/conversations/" + id + "/messages", key)
                        .header("Accept", stream ? "text/event-stream" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", turn))));
                if (stream) {
                    String body = callRaw("message.stream", builder.build(), 200);
                    if (body != null && body.contains("event:done")) {
                        acknowledged++;
                    } else if (body != null) {
                        problems.add("stream without a done event in " + id);
                    }
                } else if (call("message.json", builder.build(), 200) != null) {
                    acknowledged++;
                }
            }
            JsonNode stored = call("conversation.read", request("/api/assistant/conversations/" + id, key).GET().build(), 200);
            if (stored != null) {
                long answered = 0;
                for (JsonNode m : stored.get("messages")) {
                    answered += "assistant".equals(m.get("role").asString()) ? 1 : 0;
                }
                if (answered < acknowledged) {
                    lost.addAndGet(acknowledged - answered);
                    problems.add("conversation " + id + " kept " + answered + " of " + acknowledged + " answers");
                }
            }
            conversations++;
        }
        return conversations;
    }

    /** Drafts one after another until the deadline: create, edit once, read the versions back. */
    private int draft(String key, List<JsonNode> stories, Random random, long deadline) {
        int drafts = 0;
        while (System.nanoTime() < deadline) {
            JsonNode story = stories.get(random.nextInt(stories.size()));
            Map<String, Object> body = new HashMap<>(Map.of("sourceDocumentId", story.get("id").asString(),
                    "assetType", ASSET_TYPES.get(random.nextInt(ASSET_TYPES.size()))));
            if (!story.get("partnerId").isNull()) {
                body.put("partnerId", story.get("partnerId").asString());
            }
            JsonNode draft = call("draft.create", request("/api/studio/drafts", key)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), 201);
            if (draft == null) {
                continue;
            }
            String id = draft.get("id").asString();
            List<String> locked = new ArrayList<>();
            draft.get("lockedSections").forEach(s -> locked.add(s.asString()));
            String section = draft.get("sections").propertyNames().stream().filter(s -> !locked.contains(s)).findFirst().orElseThrow();
            String text = draft.get("sections").get(section).asString() + " Ask your account team for a demo.";
            int versions = 1;
            if (call("draft.edit", request("/api/studio/drafts/" + id, key).method("PATCH", HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("expectedVersion", 1, "sections", Map.of(section, text))))).build(), 200) != null) {
                versions++;
            }
            JsonNode stored = call("draft.versions", request("/api/studio/drafts/" + id + "/versions", key).GET().build(), 200);
            if (stored != null && stored.size() < versions) {
                lost.addAndGet(versions - stored.size());
                problems.add("draft " + id + " kept " + stored.size() + " of " + versions + " versions");
            }
            drafts++;
        }
        return drafts;
    }

    private JsonNode call(String operation, HttpRequest request, int expected) {
        String body = callRaw(operation, request, expected);
        return body == null ? null : JSON.readTree(body);
    }

    /** Times one request and counts its status; the body when the status is the expected one, else null. */
    private String callRaw(String operation, HttpRequest request, int expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = send(request);
            latencies.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
            if (response.statusCode() != expected) {
                problems.add(operation + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(200, response.body().length())));
                return null;
            }
            return response.body();
        } catch (IOException e) {
            transportErrors.incrementAndGet();
            problems.add(operation + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String key) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json");
    }

    private JsonNode get(String path, String key) throws Exception {
        return JSON.readTree(send(request(path, key).GET().build()).body());
    }

    private List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private boolean failed() {
        long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum();
        return serverErrors > 0 || transportErrors.get() > 0 || lost.get() > 0;
    }

    private String summary(int conversations, int drafts) {
        StringBuilder s = new StringBuilder("| operation | requests | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            long[] sorted = e.getValue().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            s.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", e.getKey(), sorted.length,
                    KnowledgeBench.pct(sorted, 50), KnowledgeBench.pct(sorted, 95), KnowledgeBench.pct(sorted, 99),
                    sorted[sorted.length - 1] / 1e6));
        });
        s.append(String.format(Locale.ROOT, "%nConversations completed and read back: %d. Drafts created, edited and read back: %d.%n",
                conversations, drafts));
        s.append("HTTP statuses: ").append(new TreeMap<>(statuses)).append(". Transport errors: ")
                .append(transportErrors.get()).append(". Lost messages or versions: ").append(lost.get()).append(".\n");
        s.append(failed() ? "\n**FAILED**\n" : "\n**PASSED**: no 5xx, no transport error, nothing lost.\n");
        problems.stream().limit(20).forEach(p -> s.append("- ").append(p).append('\n'));
        return s.toString();
    }
}
