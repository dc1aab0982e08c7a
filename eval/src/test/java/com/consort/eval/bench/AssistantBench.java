package com.consort.eval.bench;

import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.Opportunities;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.consort.assistant.Assistant;
import com.consort.assistant.ConversationState;
import com.consort.eval.internal.assistant.AssistantCase;
import com.consort.eval.internal.assistant.AssistantEvalSuite;
import com.consort.knowledge.BulkImport;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.testing.DemoSlice;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import com.consort.prompts.PromptRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.yaml.snakeyaml.Yaml;

/**
 * Offline answer latency ({@code scripts/bench.sh assistant}): every turn of the assistant-demo suite
 * answered by the offline assistant over the full demo ecosystem (800 partners, 68 case studies, the
 * programme documents), one at a time and then from 8 threads at once, per intent, on the embedded
 * set-up and on PostgreSQL, with {@code BENCH_OPPORTUNITIES} CRM opportunities loaded (default 100,000: the
 * demo's history repeated under new ids), so every partner answer also computes each candidate's track
 * record; the track-record suite's turns (overlap questions among them) are timed too. Target: p95 at
 * most 150 ms one at a time.
 */
public final class AssistantBench {

    private static final int ROUNDS = 10;

    record Turn(String text, ConversationState state, List<String> history) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/assistant.md");
        Files.createDirectories(out.getParent());
        List<AssistantCase> cases = new ArrayList<>(AssistantEvalSuite.parseCases(new Yaml().load(Files.readString(Path.of("suites/assistant-demo.yaml")))));
        cases.addAll(AssistantEvalSuite.parseCases(new Yaml().load(Files.readString(Path.of("suites/assistant-track-record.yaml")))));
        int opportunities = Integer.parseInt(System.getenv().getOrDefault("BENCH_OPPORTUNITIES", "100000"));
        StringBuilder report = new StringBuilder("# Assistant answer latency (offline mode, full demo)\n\n").append(KnowledgeBench.machine());
        for (String setup : System.getenv().getOrDefault("BENCH_SETUPS", "embedded,postgres").split(",")) {
            DataSource dataSource = setup.equals("embedded")
                    ? TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "assistant-bench-"))
                    : TestStorage.postgres();
            var context = KnowledgeContext.unrefreshed(dataSource);
            context.registerBean(PromptRegistry.class, () -> PromptRegistry.load());
            context.scan("com.consort.assistant"); // the assistant module, found as the server finds it: by its package
            context.refresh();
            try (context) {
                long start = System.nanoTime();
                context.getBean(BulkImport.class).run(DemoSlice.of(800, 68), DocumentKind.CASE_STUDY, (phase, done, total) -> {
                });
                report.append("## ").append(setup).append("\n\nDemo loaded in ")
                        .append(String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9));
                start = System.nanoTime();
                var imported = context.getBean(Opportunities.class).importFile(new ByteArrayInputStream(
                        opportunities(opportunities).getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV, Map.of());
                report.append(String.format(Locale.ROOT, "; %d opportunities imported in %.0f s (%d rejected).%n%n",
                        imported.imported() + imported.updated(), (System.nanoTime() - start) / 1e9, imported.rejected().size()));
                measure(context.getBean(Assistant.class), turns(context.getBean(Assistant.class), cases), report);
            }
        }
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The demo's CRM history repeated under new opportunity ids up to {@code rows} rows. */
    static String opportunities(int rows) throws java.io.IOException {
        List<String> lines;
        try (var in = AssistantBench.class.getClassLoader().getResourceAsStream("demo/opportunities.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < rows; i++) {
            String line = lines.get(1 + i % (lines.size() - 1));
            csv.append(i < lines.size() - 1 ? line : "B" + i + line.substring(line.indexOf(','))).append('\n');
        }
        return csv.toString();
    }

    /** Each turn with the conversation state it is asked in, so a follow-up is timed as a follow-up. */
    private static List<Turn> turns(Assistant assistant, List<AssistantCase> cases) {
        List<Turn> turns = new ArrayList<>();
        for (AssistantCase c : cases) {
            ConversationState state = ConversationState.EMPTY;
            List<String> history = new ArrayList<>();
            for (String text : c.turns()) {
                turns.add(new Turn(text, state, List.copyOf(history)));
                state = assistant.respond(text, state, history).state();
                history.add(text);
            }
        }
        return turns;
    }

    private static void measure(Assistant assistant, List<Turn> turns, StringBuilder report) throws Exception {
        for (Turn t : turns) {
            assistant.respond(t.text(), t.state(), t.history()); // warm-up
        }
        Map<String, List<Long>> byIntent = new TreeMap<>();
        List<Long> all = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Turn t : turns) {
                long start = System.nanoTime();
                var answer = assistant.respond(t.text(), t.state(), t.history()).answer();
                long nanos = System.nanoTime() - start;
                all.add(nanos);
                byIntent.computeIfAbsent(answer.intent(), k -> new ArrayList<>()).add(nanos);
            }
        }
        report.append("| turns | answers | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        row(report, "all, one at a time", all);
        byIntent.forEach((intent, nanos) -> row(report, intent, nanos));
        int threads = 8;
        List<Long> concurrent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            long began = System.nanoTime();
            for (int round = 0; round < ROUNDS; round++) {
                for (Turn t : turns) {
                    futures.add(pool.submit(() -> {
                        long start = System.nanoTime();
                        assistant.respond(t.text(), t.state(), t.history());
                        return System.nanoTime() - start;
                    }));
                }
            }
            for (Future<Long> f : futures) {
                concurrent.add(f.get());
            }
            row(report, "all, " + threads + " threads at once", concurrent);
            report.append(String.format(Locale.ROOT, "%nThroughput with %d threads: %.1f answers/s.%n%n", threads,
                    futures.size() / ((System.nanoTime() - began) / 1e9)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void row(StringBuilder report, String label, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", label, sorted.length,
                KnowledgeBench.pct(sorted, 50), KnowledgeBench.pct(sorted, 95), KnowledgeBench.pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6));
    }
}
