package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import db.migration.postgresql.V699_1__Document_terms_of_indexed_documents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which stories and partners hold which terms ({@link TermHolders}), learnt into memory on the embedded set-up and kept
 * by PostgreSQL as documents are indexed, is what reading the stories' and profiles' own text says: how many stories hold
 * a term, the stories a question's terms weigh most in (ties by id), which of a question's terms given stories and
 * partners hold. It follows a story's deletion; on PostgreSQL the documents indexed before the table existed are filled
 * in by the migration that made it.
 */
class TermHoldersTest {

    @TempDir
    static Path dataDir;

    @Nested
    class Embedded extends OnStorage {
        @Override
        DataSource dataSource() {
            return TestStorage.embedded(dataDir);
        }
    }

    @Nested
    class Postgres extends OnStorage {
        @Override
        DataSource dataSource() {
            return TestStorage.postgres();
        }

        @Test
        void theMigrationFillsInTheDocumentsIndexedBeforeIt() throws Exception {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Map<String, Object> before = everything();
            jdbc.update("DELETE FROM document_terms"); // as before V699: no row, no count
            assertThat(holders().stories()).isZero();
            assertThat(holders().storiesHolding(key("brewery"))).isZero();
            try (Connection connection = dataSource.getConnection()) {
                new V699_1__Document_terms_of_indexed_documents().migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });
            }
            assertThat(everything()).isEqualTo(before);
            assertThat(holders().stories()).isEqualTo(STORIES.size());
            // it counts the stories itself, then leaves the count to the trigger again
            assertThat(jdbc.queryForObject("SELECT tgenabled FROM pg_trigger WHERE tgname = 'story_terms_counted'", String.class))
                    .isEqualTo("O");
        }
    }

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            S1,Alder Systems,Solution Provider,Member,EMEA,Ireland,English,Retail,,,,,Store systems.,,active,4.0,Ines
            S2,Birch Systems,Solution Provider,Member,EMEA,Ireland,English,Healthcare,,,,,Records systems.,,active,4.0,Jon
            S3,Cedar Works,Solution Provider,Member,EMEA,Ireland,English,Healthcare,,,,,Quiet.,,active,4.0,Jon
            """;

    static final List<String> STORIES = List.of(
            "# A brewery cuts downtime\n\nA brewery in Cork cut unplanned downtime with Alder Systems.",
            "# A grocery chain opens stores\n\nA grocery chain opened new stores faster with Alder Systems.",
            "# A hospital plans staffing\n\nA hospital network planned nurse staffing with Birch Systems; no brewery here.");

    static final List<String> WORDS = List.of("brewery", "downtime", "stores", "hospital", "systems", "records", "quarry");

    static String key(String word) {
        return CorpusTerms.keys(word).get(0);
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnStorage {

        AnnotationConfigApplicationContext context;
        DataSource dataSource;
        /** Story document id to its text, as ingested. */
        final Map<String, String> stories = new LinkedHashMap<>();

        abstract DataSource dataSource();

        @BeforeAll
        void directory() {
            dataSource = dataSource();
            context = KnowledgeContext.withDirectory(dataSource, PARTNERS);
            for (int i = 0; i < STORIES.size(); i++) {
                stories.put(ingest(STORIES.get(i), "story-" + i + ".md", i < 2 ? "S1" : "S2"), STORIES.get(i));
            }
        }

        @AfterAll
        void close() {
            context.close();
        }

        String ingest(String text, String file, String partner) {
            return context.getBean(DocumentIngestor.class).ingest(new DocumentIngestor.Upload(text.getBytes(StandardCharsets.UTF_8),
                    file, DocumentKind.CASE_STUDY, partner, null)).document().id();
        }

        TermHolders holders() {
            return context.getBean(CorpusTerms.class).current().holders();
        }

        /** What the holders say of the test's words, every story and partner, in one value to compare. */
        Map<String, Object> everything() {
            Map<String, Object> all = new LinkedHashMap<>();
            List<String> terms = WORDS.stream().map(TermHoldersTest::key).toList();
            all.put("stories", holders().stories());
            terms.forEach(t -> all.put("holding " + t, holders().storiesHolding(t)));
            all.put("of stories", new HashMap<>(holders().termsOfStories(stories.keySet(), terms)));
            all.put("of partners", new HashMap<>(holders().termsOfPartners(List.of("S1", "S2", "S3"), terms)));
            return all;
        }

        /**
         * Waits, ten seconds at most, until the holders count this many stories: the embedded set-up learns a change at
         * its next check (at most every two seconds).
         */
        void awaitStories(int stories) throws InterruptedException {
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (holders().stories() != stories && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        }

        /** The partners and as many absent ones as a search's candidates: read another way than a few. */
        List<String> manyWith(String... partners) {
            List<String> many = new java.util.ArrayList<>(List.of(partners));
            for (int i = 0; i < 500; i++) {
                many.add("absent-" + i);
            }
            return many;
        }

        Set<String> termsOf(String text) {
            return new TreeSet<>(CorpusTerms.keys(text));
        }

        @Test
        void aTermsCountOfStoriesIsTheStoriesWhoseTextHoldsIt() {
            assertThat(holders().stories()).isEqualTo(STORIES.size());
            for (String word : WORDS) {
                long holding = stories.values().stream().filter(text -> termsOf(text).contains(key(word))).count();
                assertThat(holders().storiesHolding(key(word))).as(word).isEqualTo((int) holding);
            }
            assertThat(holders().storiesHolding(key("brewery"))).isEqualTo(2);
            assertThat(holders().storiesHolding(key("quarry"))).isZero();
        }

        @Test
        void aQuestionsTermsWeighEachStoryHoldingThemAsReadingEveryStoryDoes() {
            Map<String, Double> weights = new HashMap<>();
            weights.put(key("brewery"), 2.0);
            weights.put(key("downtime"), 3.0);
            weights.put(key("quarry"), 5.0);
            Map<String, Double> read = new HashMap<>();
            stories.forEach((id, text) -> weights.forEach((term, weight) -> {
                if (termsOf(text).contains(term)) {
                    read.merge(id, weight, Double::sum);
                }
            }));
            assertThat(read).hasSize(2).containsValues(5.0, 2.0);
            List<String> bestFirst = read.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            for (int limit = 0; limit <= 4; limit++) {
                assertThat(holders().storiesWeighingMost(weights, limit)).as("the best %d", limit)
                        .isEqualTo(bestFirst.subList(0, Math.min(limit, bestFirst.size())));
            }
            // equal weights, even as sums of different terms: by id
            Map<String, Double> even = Map.of(key("systems"), 1.0);
            assertThat(holders().storiesWeighingMost(even, 2)).isEqualTo(stories.keySet().stream().sorted().limit(2).toList());
            Map<String, Double> split = Map.of(key("brewery"), 0.1, key("downtime"), 0.2, key("grocery"), 0.3);
            List<String> tied = new java.util.ArrayList<>(stories.keySet().stream().filter(id -> !stories.get(id).contains("hospital"))
                    .sorted().toList()); // 0.1 + 0.2 and 0.3
            tied.add(stories.keySet().stream().filter(id -> stories.get(id).contains("hospital")).findFirst().orElseThrow()); // 0.1
            assertThat(holders().storiesWeighingMost(split, 3)).isEqualTo(tied);
        }

        @Test
        void anyTermsWeighingAnyStoriesGiveWhatWeighingEveryStoryGives() {
            // ties, terms in every story, in none, and in one: the best first, by id among equals, at every limit
            List<String> words = List.of("brewery", "downtime", "stores", "hospital", "systems", "grocery", "cork", "nurse",
                    "quarry", "chain");
            java.util.Random random = new java.util.Random(18);
            for (int round = 0; round < 60; round++) {
                Map<String, Double> weights = new HashMap<>();
                for (String word : words) {
                    if (random.nextInt(3) == 0) {
                        weights.put(key(word), (1 + random.nextInt(4)) / 2.0);
                    }
                }
                Map<String, Double> read = new HashMap<>();
                stories.forEach((id, text) -> weights.forEach((term, weight) -> {
                    if (termsOf(text).contains(term)) {
                        read.merge(id, weight, Double::sum);
                    }
                }));
                List<String> bestFirst = read.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).toList();
                for (int limit = 1; limit <= 4; limit++) {
                    assertThat(holders().storiesWeighingMost(weights, limit)).as("%s, the best %d", weights, limit)
                            .isEqualTo(bestFirst.subList(0, Math.min(limit, bestFirst.size())));
                }
            }
        }

        @Test
        void theTermsGivenStoriesAndPartnersHoldAreTheirTexts() {
            List<String> terms = WORDS.stream().map(TermHoldersTest::key).toList();
            List<String> ids = new java.util.ArrayList<>(stories.keySet());
            ids.add(PartnerDirectory.profileId("S1")); // not a story: left out
            ids.add("no-such-document");
            Map<String, Set<String>> expected = new HashMap<>();
            stories.forEach((id, text) -> expected.put(id, new TreeSet<>(terms.stream().filter(termsOf(text)::contains).toList())));
            assertThat(holders().termsOfStories(ids, terms)).isEqualTo(expected);
            assertThat(holders().termsOfStories(ids, List.of(key("quarry")))).containsOnlyKeys(stories.keySet())
                    .allSatisfy((id, held) -> assertThat(held).isEmpty());

            // a partner's terms: its profile's ("Store systems.", "Records systems.") and its stories'
            assertThat(holders().termsOfPartners(List.of("S1", "S2", "S3", "S4"), terms)).isEqualTo(Map.of(
                    "S1", new TreeSet<>(List.of(key("brewery"), key("downtime"), key("stores"), key("systems"))),
                    "S2", new TreeSet<>(List.of(key("brewery"), key("hospital"), key("systems"), key("records")))));
            assertThat(holders().termsOfPartners(List.of("S1"), List.of(key("hospital")))).isEmpty();
            // a search's thousands of candidates are read another way, with the same answer
            List<String> many = manyWith("S1", "S2", "S3");
            assertThat(holders().termsOfPartners(many, terms)).isEqualTo(holders().termsOfPartners(List.of("S1", "S2", "S3"), terms));
            assertThat(holders().termsOfPartners(many.subList(1, many.size()), terms)).containsOnlyKeys("S2");
        }

        @Test
        void aDeletedStoryIsNoLongerHeld() throws InterruptedException {
            String quarry = ingest("# A quarry weighs trucks\n\nA quarry near Kilkenny weighs its trucks with Cedar Works.",
                    "quarry.md", "S3");
            awaitStories(STORIES.size() + 1);
            assertThat(holders().storiesHolding(key("quarry"))).isEqualTo(1);
            assertThat(holders().stories()).isEqualTo(STORIES.size() + 1);
            assertThat(holders().storiesWeighingMost(Map.of(key("quarry"), 1.0), 5)).containsExactly(quarry);
            assertThat(holders().termsOfPartners(List.of("S3"), List.of(key("quarry"), key("brewery"))))
                    .isEqualTo(Map.of("S3", Set.of(key("quarry"))));
            assertThat(holders().termsOfPartners(manyWith("S3"), List.of(key("quarry"), key("brewery"))))
                    .isEqualTo(Map.of("S3", Set.of(key("quarry"))));

            assertThat(context.getBean(DocumentIngestor.class).delete(quarry)).isTrue();
            awaitStories(STORIES.size());
            assertThat(holders().storiesHolding(key("quarry"))).isZero();
            assertThat(holders().stories()).isEqualTo(STORIES.size());
            assertThat(holders().storiesWeighingMost(Map.of(key("quarry"), 1.0), 5)).isEmpty();
            assertThat(holders().termsOfPartners(List.of("S3"), List.of(key("quarry")))).isEmpty();
            assertThat(holders().termsOfStories(List.of(quarry), List.of(key("quarry")))).isEmpty();
            assertThat(holders().termsOfPartners(manyWith("S3"), List.of(key("quarry")))).isEmpty();
        }
    }
}
