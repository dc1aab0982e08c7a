package com.consort.eval.bench;

import com.consort.assistant.Answer;
import com.consort.assistant.Assistant;
import com.consort.knowledge.BulkImport;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.Scope;
import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.testing.DemoSlice;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import com.consort.prompts.PromptRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Offline answers with a large CRM history ({@code scripts/bench.sh opportunities}): the full demo ecosystem (800
 * partners, 68 case studies) plus {@code BENCH_OPPORTUNITIES} opportunities (default 100,000: the demo's history
 * repeated under new opportunity ids), imported through {@link Opportunities#importFile}, the path the API, the bulk
 * importer and the admin page take. Then 25 seller questions that each name an industry and a country, so every
 * candidate's track record is computed in that segment, are answered by the offline assistant, each followed by the
 * bare limit (the question embedded by the same model, then one top-k search of the vector index), on the embedded
 * set-up (H2) and on PostgreSQL. Target: answer p95 within 150 ms. {@code BENCH_PROFILE=true} adds where the time
 * goes: each question's median, and the SQL statements the answers ran, by total time.
 */
public final class OpportunitiesBench {

    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "5"));
    private static final int TOP_K = 40;

    /** Industries and countries the demo's partners and deals have, paired so each question names a segment. */
    static final List<String> QUESTIONS = questions();

    private static List<String> questions() {
        String[][] segments = {
            {"Manufacturing", "Germany"}, {"Financial Services", "United Kingdom"}, {"Healthcare", "United States"},
            {"Energy & Utilities", "Austria"}, {"Manufacturing", "Australia"}, {"Retail", "Canada"},
            {"Public Sector", "France"}, {"Automotive", "Japan"}, {"Construction", "Switzerland"},
            {"Life Sciences", "Belgium"}, {"Insurance", "Italy"}, {"Logistics", "Netherlands"}, {"Education", "Spain"},
            {"Technology", "India"}, {"Professional Services", "Brazil"}, {"Media & Entertainment", "Mexico"},
            {"Financial Services", "Germany"}, {"Healthcare", "Canada"}, {"Retail", "United States"},
            {"Manufacturing", "United States"}, {"Energy & Utilities", "United Kingdom"}, {"Automotive", "Germany"},
            {"Public Sector", "Australia"}, {"Technology", "Switzerland"}, {"Insurance", "United States"}};
        String[] forms = {
            "Which partners have won %s deals in %s?",
            "We need a partner for a %s customer in %s.",
            "Find me a system integrator with a track record in %s in %s.",
            "Who has delivered %s projects in %s?",
            "Recommend a reseller for a %s account in %s."};
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            questions.add(String.format(Locale.ROOT, forms[i % forms.length], segments[i][0], segments[i][1]));
        }
        return questions;
    }

    private static final boolean PROFILE = Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_PROFILE", "false"));

    record Row(String setup, int opportunities, double importSeconds, double[] answers, double[] bare, int withTrackRecord,
            String load, String profile) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/opportunities.md");
        Files.createDirectories(out.getParent());
        int opportunities = Integer.parseInt(System.getenv().getOrDefault("BENCH_OPPORTUNITIES", "100000"));
        List<Row> rows = new ArrayList<>();
        for (String setup : System.getenv().getOrDefault("BENCH_SETUPS", "embedded,postgres").split(",")) {
            DataSource dataSource = setup.equals("embedded")
                    ? TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "opportunities-bench-"))
                    : TestStorage.postgres();
            StatementTimes statements = new StatementTimes();
            if (PROFILE) {
                dataSource = statements.wrap(dataSource);
            }
            var context = KnowledgeContext.unrefreshed(dataSource);
            context.registerBean(PromptRegistry.class, () -> PromptRegistry.load());
            context.scan("com.consort.assistant"); // the assistant module, found as the server finds it: by its package
            context.refresh();
            try (context) {
                context.getBean(BulkImport.class).run(DemoSlice.of(800, 68), DocumentKind.CASE_STUDY, (phase, done, total) -> {
                });
                long start = System.nanoTime();
                var imported = context.getBean(Opportunities.class).importFile(new ByteArrayInputStream(
                        AssistantBench.opportunities(opportunities).getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV, Map.of());
                double importSeconds = (System.nanoTime() - start) / 1e9;
                if (!imported.rejected().isEmpty()) {
                    throw new IllegalStateException(imported.rejected().size() + " opportunities rejected: " + imported.rejected().get(0));
                }
                int stored = context.getBean(OpportunityRepository.class).count(OpportunityRepository.Filter.ALL);
                rows.add(measure(setup, stored, importSeconds, context.getBean(Assistant.class),
                        context.getBean(Embedder.class), context.getBean(VectorIndex.class), statements));
                System.out.println(table(rows));
            }
        }
        StringBuilder profiles = new StringBuilder();
        rows.forEach(r -> profiles.append(r.profile()));
        String report = "# Offline answers with 100,000 CRM opportunities\n\n" + KnowledgeBench.machine() + table(rows) + notes()
                + profiles;
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static Row measure(String setup, int stored, double importSeconds, Assistant assistant, Embedder embedder,
            VectorIndex vectors, StatementTimes statements) {
        String loadBefore = loadAverage();
        int withTrackRecord = 0;
        for (String q : QUESTIONS) { // warm-up, and a check that the answers do carry track records
            Answer answer = assistant.answer(List.of(q));
            if (answer.partners().stream().anyMatch(card -> card.reasons().stream().anyMatch(r -> r.startsWith("Won ")))) {
                withTrackRecord++;
            }
            vectors.nearest(embedder.embedQuery(q), TOP_K, Scope.ALL);
        }
        double[] answers = new double[QUESTIONS.size() * ROUNDS];
        double[] bare = new double[answers.length];
        double[][] byQuestion = new double[QUESTIONS.size()][ROUNDS];
        String[] intents = new String[QUESTIONS.size()];
        statements.reset();
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < QUESTIONS.size(); i++) {
                String q = QUESTIONS.get(i);
                statements.recording(true);
                long start = System.nanoTime();
                intents[i] = assistant.answer(List.of(q)).intent();
                answers[n] = (System.nanoTime() - start) / 1e6;
                statements.recording(false);
                byQuestion[i][round] = answers[n];
                // the bare limit right after each answer, so that both meet the same moment of the machine
                start = System.nanoTime();
                vectors.nearest(embedder.embedQuery(q), TOP_K, Scope.ALL);
                bare[n++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(answers);
        Arrays.sort(bare);
        StringBuilder profile = new StringBuilder();
        if (PROFILE) {
            profile.append("## Where the time goes: ").append(setup).append("\n\n| question | intent | median ms |\n| --- | --- | ---: |\n");
            for (int i = 0; i < QUESTIONS.size(); i++) {
                Arrays.sort(byQuestion[i]);
                profile.append(String.format(Locale.ROOT, "| %s | %s | %.1f |%n", QUESTIONS.get(i), intents[i], byQuestion[i][ROUNDS / 2]));
            }
            profile.append("\n").append(statements.report(answers.length)).append("\n");
        }
        Row row = new Row(setup, stored, importSeconds, answers, bare, withTrackRecord, loadBefore + " / " + loadAverage(),
                profile.toString());
        System.out.println(row);
        return row;
    }

    private static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("""
                | set-up | opportunities | import s | answers | with a track-record reason | answer p50 / p95 / p99 ms \
                | bare limit p50 / p95 ms | answer p95 - bare p95 ms | load average before / after |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
                """);
        for (Row r : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %d | %d of %d | %.1f / %.1f / %.1f | %.1f / %.1f | %.1f | %s |%n",
                    r.setup(), r.opportunities(), r.importSeconds(), r.answers().length, r.withTrackRecord(), QUESTIONS.size(),
                    HyperscaleBench.pct(r.answers(), 50), HyperscaleBench.pct(r.answers(), 95),
                    HyperscaleBench.pct(r.answers(), 99), HyperscaleBench.pct(r.bare(), 50), HyperscaleBench.pct(r.bare(), 95),
                    HyperscaleBench.pct(r.answers(), 95) - HyperscaleBench.pct(r.bare(), 95), r.load()));
        }
        return table.append('\n').toString();
    }

    private static String notes() {
        return """
                Questions: %d seller questions, each naming an industry and a country (so every candidate's track record
                is computed in that segment), answered %d times each after a warm-up by the offline assistant. "With a
                track-record reason": questions whose answer shows at least one partner with won deals in the segment.
                The bare limit is the question embedded by the same model and one top-%d search of the vector index (on
                PostgreSQL one `ORDER BY embedding <=> ? LIMIT %d` SQL, embedded: the in-process exact index), timed
                right after each answer. Load average is the machine's (other sessions share its cores).

                """.formatted(QUESTIONS.size(), ROUNDS, TOP_K, TOP_K);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private OpportunitiesBench() {
    }
}
