package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * What the stories' terms learnt from the index say without a caller reading every story's terms (how many stories hold a
 * term, counted when learnt; the stories a question's terms weigh most in, in one pass) is what reading them gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryTermsTest {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            S1,Alder Systems,Solution Provider,Member,EMEA,Ireland,English,Retail,,,,,Store systems.,,active,4.0,Ines
            S2,Birch Systems,Solution Provider,Member,EMEA,Ireland,English,Healthcare,,,,,Records systems.,,active,4.0,Jon
            """;

    static final List<String> STORIES = List.of(
            "# A brewery cuts downtime\n\nA brewery in Cork cut unplanned downtime with Alder Systems.",
            "# A grocery chain opens stores\n\nA grocery chain opened new stores faster with Alder Systems.",
            "# A hospital plans staffing\n\nA hospital network planned nurse staffing with Birch Systems; no brewery here.");

    @TempDir
    static Path dataDir;

    AnnotationConfigApplicationContext context;
    CorpusTerms.Snapshot terms;

    @BeforeAll
    void directory() {
        context = KnowledgeContext.withDirectory(TestStorage.embedded(dataDir), PARTNERS);
        for (int i = 0; i < STORIES.size(); i++) {
            context.getBean(DocumentIngestor.class).ingest(new DocumentIngestor.Upload(STORIES.get(i).getBytes(StandardCharsets.UTF_8),
                    "story-" + i + ".md", DocumentKind.CASE_STUDY, i < 2 ? "S1" : "S2", null));
        }
        terms = context.getBean(CorpusTerms.class).current();
    }

    @AfterAll
    void close() {
        context.close();
    }

    @Test
    void aTermsCountOfStoriesIsTheStoriesHoldingIt() {
        assertThat(terms.stories()).hasSize(3);
        for (String word : List.of("brewery", "downtime", "stores", "hospital", "systems", "quarry")) {
            String term = CorpusTerms.keys(word).get(0);
            long holding = terms.stories().values().stream().filter(story -> story.contains(term)).count();
            assertThat(terms.storiesHolding(term)).as(word).isEqualTo((int) holding);
        }
        assertThat(terms.storiesHolding(CorpusTerms.keys("brewery").get(0))).isEqualTo(2);
        assertThat(terms.storiesHolding(CorpusTerms.keys("quarry").get(0))).isZero();
    }

    @Test
    void aQuestionsTermsWeighEachStoryHoldingThemAsReadingEveryStoryDoes() {
        Map<String, Double> weights = new HashMap<>();
        weights.put(CorpusTerms.keys("brewery").get(0), 2.0);
        weights.put(CorpusTerms.keys("downtime").get(0), 3.0);
        weights.put(CorpusTerms.keys("quarry").get(0), 5.0);
        Map<String, Double> read = new HashMap<>();
        terms.stories().forEach((id, story) -> weights.forEach((term, weight) -> {
            if (story.contains(term)) {
                read.merge(id, weight, Double::sum);
            }
        }));
        assertThat(read).hasSize(2).containsValues(5.0, 2.0);
        List<String> bestFirst = read.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        for (int limit = 0; limit <= 4; limit++) {
            assertThat(terms.storiesWeighingMost(weights, limit)).as("the best %d", limit)
                    .isEqualTo(bestFirst.subList(0, Math.min(limit, bestFirst.size())));
        }
        // equal weights: by id
        Map<String, Double> even = Map.of(CorpusTerms.keys("systems").get(0), 1.0);
        assertThat(terms.storiesWeighingMost(even, 2)).isEqualTo(terms.stories().keySet().stream().sorted().limit(2).toList());
    }
}
