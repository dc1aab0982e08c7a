package com.consort.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.Stages;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A seller's question is read onto the directory once: the reading travels with it to partner search, to the evidence
 * answer, to the overlap answer and, kept in the conversation state, to the refinement of a later turn; the model's
 * partner-search tool reads its need once too. Every text the query understanding
 * reads is recorded; a question read twice (by the assistant and again by search, or again in a follow-up) fails.
 */
class QuestionReadOnceTest {

    static AnnotationConfigApplicationContext context;
    static Assistant assistant;
    /** Every text the server's query understanding read. */
    static List<String> read;

    @BeforeAll
    static void load() throws Exception {
        var dataSource = TestStorage.embedded(Path.of("target/test-data/read-once-" + System.nanoTime()));
        // registered before the knowledge configuration's own bean of the name, which then stands aside
        List<List<String>> recorded = new ArrayList<>();
        context = AssistantFixture.context(dataSource, Map.of(), c -> recorded.add(Stages.recordQuestionsRead(c)));
        AssistantFixture.loadDemoSlice(context, 60, 8);
        assistant = context.getBean(Assistant.class);
        read = recorded.get(0);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @BeforeEach
    void forget() {
        read.clear();
    }

    /** A partner question (read by the assistant, searched by partner search), an evidence and a programme question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who can run a PMO rollout for a German car-parts maker? | partners",
        "Which partner helped a brewery cut unplanned downtime? | evidence",
        "How long is a registered deal protected? | programme"})
    void aQuestionIsReadOnce(String question, String intent) {
        Answer answer = assistant.answer(List.of(question));

        assertThat(answer.intent()).isEqualTo(intent);
        assertThat(read).containsExactly(question);
    }

    /**
     * An overlap question no CRM deal answers: its account or segment is told from the question's one reading, and the
     * offline answer that may credit a story instead takes the same reading.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who already works with Nobody Known AG?",
        "Which partners have sold into manufacturing in Germany?"})
    void anOverlapQuestionWithoutDealsIsReadOnce(String question) {
        Answer answer = assistant.answer(List.of(question));

        assertThat(answer.intent()).isEqualTo("overlap");
        assertThat(answer.partners()).isEmpty();
        assertThat(read).containsExactly(question);
    }

    /** The model's partner search with no filter lists reads its need once: no empty filter text is read before it. */
    @Test
    void theModelsPartnerSearchReadsItsNeedOnce() {
        String need = "PMO and portfolio management";
        var hits = context.getBean(AssistantTools.class).searchPartners(need, null, null, null, null, null, 3, null);

        assertThat(hits).isNotEmpty();
        assertThat(read).containsExactly(need);
    }

    /** Filter lists are their own words: read once beside the need, which the search does not read again. */
    @Test
    void theModelsPartnerSearchReadsItsFilterWordsAndItsNeedOnceEach() {
        String need = "PMO rollout for a car-parts maker";
        context.getBean(AssistantTools.class).searchPartners(need, null, List.of("Germany"), null, null, null, 3, null);

        assertThat(read).containsExactlyInAnyOrder("Germany", need);
    }

    @Test
    void aRefinementReadsOnlyTheFollowUpAndKeepsTheFirstReading() {
        String first = "Which partners in Europe can help with PMO and portfolio management?";
        String followUp = "only the ones that speak German";
        Answer refined = assistant.answer(List.of(first, followUp));

        assertThat(refined.intent()).isEqualTo("refine");
        assertThat(refined.constraints()).containsEntry("languages", java.util.Set.of("de")).containsKey("regions");
        assertThat(read).containsExactly(first, followUp);
    }

    @Test
    void aRefinementOfAStoredConversationIsNotReadAgainEither() {
        String first = "Which partners in Europe can help with PMO and portfolio management?";
        var exchange = assistant.respond(first, ConversationState.EMPTY, List.of());
        // the state as Conversations stores it between requests
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        ConversationState stored = json.readValue(json.writeValueAsString(exchange.state()), ConversationState.class);
        read.clear();

        Answer refined = assistant.respond("Gold only", stored, List.of(first)).answer();

        assertThat(refined.intent()).isEqualTo("refine");
        assertThat(refined.constraints()).containsEntry("tiers", java.util.Set.of("Gold"))
                .containsEntry("regions", exchange.answer().constraints().get("regions"));
        assertThat(read).containsExactly("Gold only");
        // read as the same turns in one go
        assertThat(refined.reading()).isEqualTo(assistant.answer(List.of(first, "Gold only")).reading());
    }
}
