package com.consort.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The offline assistant over a slice of the demo ecosystem in the embedded set-up. */
class AssistantTest {

    static AnnotationConfigApplicationContext context;
    static Assistant assistant;
    static PartnerDirectory directory;
    static Vocabulary vocabulary;

    @BeforeAll
    static void load() throws Exception {
        var dataSource = TestStorage.embedded(Path.of("target/test-data/assistant-" + System.nanoTime()));
        context = AssistantFixture.context(dataSource, Map.of(), c -> { });
        AssistantFixture.loadDemoSlice(context, 120, 16);
        assistant = context.getBean(Assistant.class);
        directory = context.getBean(PartnerDirectory.class);
        vocabulary = context.getBean(Vocabulary.class);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void aPartnerQuestionGetsARankedShortlistOfRealPartnersThatMeetEveryConstraint() {
        Answer answer = assistant.answer(List.of("Who can run a PMO rollout for a German car-parts maker?"));

        assertThat(answer.mode()).isEqualTo("offline");
        assertThat(answer.intent()).isEqualTo("partners");
        assertThat(answer.constraints()).containsKeys("countries", "industries");
        assertThat(answer.partners()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertMeetsEveryConstraint(answer);
        for (var p : answer.partners()) {
            assertThat(answer.answer()).contains(p.name());
            assertThat(p.reasons()).isNotEmpty();
            assertThat(p.evidence()).isNotEmpty().allSatisfy(e -> assertThat(answer.citations()).contains(e));
        }
        assertThat(answer.partners()).extracting(Answer.PartnerCard::rank).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, answer.partners().size()).boxed().toArray(Integer[]::new));
        assertThat(answer.prompts()).extracting(p -> p.id()).containsExactly("assistant.partners");
        assertCitationsCarryTheirDocumentsAge(answer);
    }

    /** Every citation says when its document was last indexed, so a reader sees the source's age. */
    private static void assertCitationsCarryTheirDocumentsAge(Answer answer) {
        var documents = context.getBean(com.consort.knowledge.DocumentRepository.class);
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.updatedAt())
                .isNotNull().isEqualTo(documents.find(c.documentId()).orElseThrow().updatedAt()));
    }

    @Test
    void aFollowUpRefinesThePreviousSearch() {
        Answer first = assistant.answer(List.of("Which partners in Europe can help with PMO and portfolio management?"));
        Answer refined = assistant.answer(List.of("Which partners in Europe can help with PMO and portfolio management?",
                "only the ones that speak German"));

        assertThat(refined.intent()).isEqualTo("refine");
        assertThat(refined.constraints()).containsEntry("languages", Set.of("de")).containsKey("regions");
        assertThat(refined.constraints().get("specializations")).isEqualTo(first.constraints().get("specializations"));
        assertThat(refined.partners()).isNotEmpty();
        assertMeetsEveryConstraint(refined);
    }

    @Test
    void theAnswerSaysHowItReadTheQuestionAndAFollowUpCorrectsAMisreading() {
        Answer first = assistant.answer(List.of("Which partners in Europe work with banks?"));
        assertThat(first.constraints()).containsEntry("industries", Set.of("Financial Services"));
        assertThat(first.reading()).contains(new Answer.Reading("industries", "Financial Services", "banks", "words"));
        assertThat(first.answer()).contains("from 'banks'");

        Answer corrected = assistant.answer(List.of("Which partners in Europe work with banks?", "not financial services, insurance only"));
        assertThat(corrected.intent()).isEqualTo("refine");
        assertThat(corrected.constraints()).containsEntry("industries", Set.of("Insurance")).containsKey("regions");
        assertThat(corrected.reading()).contains(new Answer.Reading("industries", "Insurance", "insurance", "words"))
                .contains(new Answer.Reading("industries", "Financial Services", "not financial services", "not"));
        assertMeetsEveryConstraint(corrected);

        Answer goldOnly = assistant.answer(List.of("Which partners in Europe work with banks?", "Gold only"));
        assertThat(goldOnly.intent()).isEqualTo("refine");
        assertThat(goldOnly.constraints()).containsEntry("tiers", Set.of("Gold")).containsEntry("industries", Set.of("Financial Services"));
    }

    @Test
    void whichOfThoseHasACaseStudyNarrowsToPartnersWithAMatchingStory() {
        Answer answer = assistant.answer(List.of("Which partners in EMEA work with manufacturers?",
                "which of those has a manufacturing case study?"));

        assertThat(answer.intent()).isEqualTo("refine");
        assertThat(answer.constraints()).containsKey("caseStudyIndustries");
        assertThat(answer.partners()).isNotEmpty().allSatisfy(p ->
                assertThat(p.evidence()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("case_study")));
    }

    @Test
    void tellMeMoreAboutTheSecondOneDescribesThatPartnerWithItsSources() {
        String question = "Which system integrators in North America do workflow automation?";
        Answer list = assistant.answer(List.of(question));
        assertThat(list.partners()).hasSizeGreaterThanOrEqualTo(2);

        Answer detail = assistant.answer(List.of(question, "tell me more about the second one"));

        assertThat(detail.intent()).isEqualTo("partner_detail");
        assertThat(detail.partners()).singleElement().satisfies(p -> {
            assertThat(p.partnerId()).isEqualTo(list.partners().get(1).partnerId());
            assertThat(detail.answer()).contains(p.name()).contains("number 2");
        });
        assertCitationsCarryTheirDocumentsAge(detail);
        assertThat(detail.citations()).anySatisfy(c -> assertThat(c.kind()).isEqualTo("profile"));
    }

    @Test
    void programmeQuestionsAreAnsweredFromProgrammeDocumentsWithCitations() {
        Answer answer = assistant.answer(List.of("How long is a registered deal protected?"));

        assertThat(answer.intent()).isEqualTo("programme");
        assertThat(answer.partners()).isEmpty();
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo("program_doc"));
        assertThat(answer.answer()).contains("[1]").containsPattern("\\d+ (?:calendar )?days");
    }

    @Test
    void aProgrammeQuestionTheDocumentsDoNotCoverSaysSo() {
        Answer answer = assistant.answer(List.of("What is the dress code for the partner summit gala dinner?"));

        assertThat(answer.intent()).isEqualTo("programme");
        assertThat(answer.answer()).contains("do not cover");
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void aProcessQuestionIsAnsweredWithTheStepThatAnswersIt() {
        Answer answer = assistant.answer(List.of("How does a partner claim market development funds, and by when?"));

        assertThat(answer.intent()).isEqualTo("programme");
        assertThat(answer.answer()).contains("45 days");
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.title()).containsIgnoringCase("MDF"));
    }

    @Test
    void aPolicyQuestionThatMentionsPartnersIsStillAProgrammeQuestion() {
        Answer answer = assistant.answer(List.of("What is the partner programme's policy on paying partners in cryptocurrency?"));

        assertThat(answer.intent()).isEqualTo("programme");
        assertThat(answer.partners()).isEmpty();
        assertThat(answer.answer()).contains("do not cover");
    }

    @Test
    void whenNothingMeetsEveryConstraintTheAnswerSaysWhichAndLabelsAlternatives() {
        Answer answer = assistant.answer(List.of("Platinum resellers in Iceland that speak Japanese for a hospital"));

        assertThat(answer.partners()).isEmpty();
        assertThat(answer.unmet()).isNotEmpty();
        assertThat(answer.answer()).contains("No partner meets all of your requirements");
        if (!answer.alternatives().isEmpty()) {
            assertThat(answer.answer()).contains("(alternative)");
            assertThat(answer.alternatives()).allSatisfy(a -> assertThat(a.missing()).isNotEmpty());
        }
    }

    @Test
    void emptyAndOversizedMessagesAreRefusedWithAReason() {
        assertThatThrownBy(() -> assistant.answer(List.of("  "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> assistant.answer(List.of("x".repeat(2001)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000");
    }

    @Test
    void markupInRetrievedDataCannotBecomeMarkupInTheAnswer() {
        assertThat(com.consort.assistant.internal.Markdown.md("<script>alert(1)</script> **x** [a](javascript:1)"))
                .isEqualTo("\\<script\\>alert(1)\\</script\\> \\*\\*x\\*\\* \\[a\\](javascript:1)");
    }

    /** The assistant's promise: every listed partner exists, is active and meets every stated constraint. */
    static void assertMeetsEveryConstraint(Answer answer) {
        for (var card : answer.partners()) {
            Partner partner = directory.find(card.partnerId()).orElseThrow(() -> new AssertionError("invented " + card.name()));
            assertThat(partner.name()).isEqualTo(card.name());
            assertThat(partner.active()).as(card.name() + " is active").isTrue();
            answer.constraints().forEach((key, wanted) -> {
                Facet facet = Facet.byFilterKey(key).orElseThrow();
                if (facet == Facet.CASE_STUDY_INDUSTRY) {
                    return;
                }
                assertThat(vocabulary.meets(partner, facet, wanted)).as(card.name() + " meets " + key + " " + wanted).isTrue();
            });
        }
    }
}
