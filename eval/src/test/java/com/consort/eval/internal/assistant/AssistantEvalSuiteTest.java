package com.consort.eval.internal.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.consort.eval.Assertion;
import com.consort.eval.AssistantUnderTest.AnswerView;
import com.consort.eval.AssistantUnderTest.CitationView;
import com.consort.eval.AssistantUnderTest.PartnerView;
import com.consort.eval.CaseResult;
import com.consort.eval.Judge;
import com.consort.eval.SuiteFile;
import com.consort.eval.internal.retrieval.RetrievalEvaluator;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The assistant assertions against scripted answers, with the directory and index as plain lookups. */
class AssistantEvalSuiteTest {

    static final Document GUIDE = doc("d-guide", DocumentKind.PROGRAM_DOC, "Orbitly Partner Program Guide", "partner-program-guide.md");
    static final Document STORY = doc("d-brew", DocumentKind.CASE_STUDY, "Linton Brewing Group cuts unplanned downtime by 36%", "brewery-downtime.docx");

    final PartnerRepository partners = mock(PartnerRepository.class);
    final DocumentRepository documents = mock(DocumentRepository.class);
    final RetrievalEvaluator constraints = mock(RetrievalEvaluator.class);

    AssistantEvalSuiteTest() {
        Map<String, Partner> directory = Map.of("P1", partner("P1", "Brightpath Consulting GmbH"), "P2", partner("P2", "Nordlicht Systems AB"));
        when(partners.findAll(anyCollection())).thenAnswer(i -> ((Collection<String>) i.getArgument(0)).stream()
                .filter(directory::containsKey).map(directory::get).toList());
        when(partners.namesById()).thenReturn(Map.of("P1", "Brightpath Consulting GmbH", "P2", "Nordlicht Systems AB"));
        when(documents.findAll(anyCollection())).thenAnswer(i -> ((Collection<String>) i.getArgument(0)).stream()
                .filter(id -> id.equals(GUIDE.id()) || id.equals(STORY.id())).distinct()
                .collect(Collectors.toMap(id -> id, id -> id.equals(GUIDE.id()) ? GUIDE : STORY)));
        when(constraints.violations(any(), any(), any(), any()))
                .thenAnswer(i -> ((List<String>) i.getArgument(2)).stream()
                .filter(id -> id.equals("P2")).map(id -> id + " breaks languages [de]").toList());
    }

    AssistantEvalSuite suite(String yaml, AnswerView answer, Judge judge) {
        var file = SuiteFile.parse(yaml, "test");
        return new AssistantEvalSuite(file.name(), file.description(), AssistantEvalSuite.parseCases(file.yaml()),
                turns -> answer, judge, constraints, partners, documents);
    }

    static final String SUITE = """
            suite: a
            kind: assistant
            cases:
              - id: fit
                turns: ["Who can help in Germany?", "only German speakers"]
                constraints: {languages: [de]}
                expectAnyOf: [P1]
                mustMention: [Brightpath]
                mustNotMention: [guarantee]
                citesAnyOf: [program/partner-program-guide.md]
                programme: true
                judge: [faithfulness]
            """;

    @Test
    void aGoodAnswerPassesEveryAssertionAndTheJudgeIsSkippedWithANotice() {
        var answer = new AnswerView("1. **Brightpath Consulting GmbH**: speaks German [1]", List.of(new PartnerView("P1",
                "Brightpath Consulting GmbH", List.of("language: de"), List.of())), List.of(),
                List.of(new CitationView(1, "d-guide", GUIDE.title(), "program_doc", "section 4")), "offline", List.of(), List.of());
        var suite = suite(SUITE, answer, null);
        CaseResult r = suite.run("fit");

        assertThat(r.failures()).isEmpty();
        assertThat(r.assertions()).extracting(Assertion::name).contains("noInventedPartner", "satisfiesConstraints",
                "suggestsExpected", "mustMention", "mustNotMention", "citationsResolve", "citesDocument", "citesProgrammeDoc");
        assertThat(r.assertions()).filteredOn(a -> a.name().equals("judge.faithfulness")).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(Assertion.Status.SKIPPED));
        assertThat(suite.notices()).singleElement().asString().contains("SKIPPED").contains("no judge model");
        assertThat(r.input()).isEqualTo("Who can help in Germany? → only German speakers");
        assertThat(r.answer()).contains("Citations: Orbitly Partner Program Guide (section 4)");
    }

    @Test
    void inventedPartnersBrokenConstraintsMissingCitationsAndALowJudgeScoreFail() {
        var answer = new AnswerView("Try **Acme Invented Ltd**, Nordlicht Systems AB, or Brightpath Consulting GmbH. We guarantee it.",
                List.of(new PartnerView("P9", "Acme Invented Ltd", List.of(), List.of()),
                        new PartnerView("P2", "Nordlicht Systems AB", List.of(), List.of())),
                List.of(), List.of(new CitationView(1, "d-gone", "Deleted doc", "case_study", null),
                        new CitationView(2, "d-brew", STORY.title(), "case_study", null)), "offline", List.of(), List.of());
        Judge judge = new Judge() {
            @Override
            public String model() {
                return "test-judge";
            }

            @Override
            public Verdict judge(String criterion, String question, String text, String context) {
                return new Verdict(0.2, "names a partner the context lacks");
            }
        };
        CaseResult r = suite(SUITE, answer, judge).run("fit");

        Map<String, String> failed = r.failures().stream().collect(Collectors.toMap(Assertion::name, Assertion::detail, (a, b) -> a + " | " + b));
        assertThat(failed.get("noInventedPartner")).contains("P9 Acme Invented Ltd is not in the directory")
                .contains("Brightpath Consulting GmbH (P1) is named in the text but not suggested");
        assertThat(failed.get("satisfiesConstraints")).contains("P2 breaks languages");
        assertThat(failed).doesNotContainKey("mustMention").containsKeys("suggestsExpected", "mustNotMention", "citationsResolve", "citesDocument",
                "citesProgrammeDoc", "judge.faithfulness");
        assertThat(failed.get("citationsResolve")).contains("d-gone");
        assertThat(failed.get("judge.faithfulness")).contains("0.20 < 0.70");
        assertThat(r.scores()).containsEntry("inventedPartners", 2.0).containsEntry("judge.faithfulness", 0.2);
    }

    @Test
    void sourcesListedButNeverCitedInTheTextDoNotCount() {
        // what a prompt edited to drop the [n] markers produces: the sources are still attached, the text cites none
        var answer = new AnswerView("1. **Brightpath Consulting GmbH**: speaks German", List.of(new PartnerView("P1",
                "Brightpath Consulting GmbH", List.of(), List.of())), List.of(),
                List.of(new CitationView(1, "d-guide", GUIDE.title(), "program_doc", null)), "offline", List.of(), List.of());
        Map<String, String> failed = suite(SUITE, answer, null).run("fit").failures().stream()
                .collect(Collectors.toMap(Assertion::name, Assertion::detail));
        assertThat(failed).containsOnlyKeys("citesDocument", "citesProgrammeDoc");
        assertThat(failed.get("citesDocument")).contains("1 sources listed but never cited");
    }

    @Test
    void anHonestNoMatchNamesTheUnmetConstraint() {
        String yaml = """
                suite: a
                kind: assistant
                cases:
                  - id: none
                    question: "A Korean-speaking partner in the UK?"
                    noMatch: true
                    unmet: [languages]
                """;
        var honest = new AnswerView("No partner meets all of it: no partner speaks Korean.", List.of(),
                List.of(new PartnerView("P1", "Brightpath Consulting GmbH", List.of(), List.of())), List.of(), "offline",
                List.of("languages: Korean"), List.of());
        assertThat(suite(yaml, honest, null).run("none").failures()).isEmpty();

        var dishonest = new AnswerView("Brightpath Consulting GmbH fits.", List.of(new PartnerView("P1", "Brightpath Consulting GmbH",
                List.of(), List.of())), List.of(), List.of(), "offline", List.of(), List.of());
        assertThat(suite(yaml, dishonest, null).run("none").failures()).extracting(Assertion::name).containsExactly("honestNoMatch");
    }

    @Test
    void aProgrammeQuestionAnsweredWithPartnersOrAlternativesFailsNoPartnerList() {
        String yaml = """
                suite: a
                kind: assistant
                cases:
                  - id: fee
                    question: "What is the annual fee of a Select partner?"
                    noPartnerList: true
                    citesAnyOf: [partner-program-guide.md]
                """;
        var fact = new AnswerView("The annual programme fee of a Select partner is USD 2,500. [1]", List.of(), List.of(),
                List.of(new CitationView(1, "d-guide", GUIDE.title(), "program_doc", "2. Partner tiers")), "offline", List.of(), List.of());
        assertThat(suite(yaml, fact, null).run("fee").failures()).isEmpty();

        var shortlist = new AnswerView("1. **Brightpath Consulting GmbH** [1]", List.of(), List.of(new PartnerView("P1",
                "Brightpath Consulting GmbH", List.of(), List.of())), List.of(new CitationView(1, "d-guide", GUIDE.title(),
                "program_doc", null)), "offline", List.of("tiers"), List.of());
        assertThat(suite(yaml, shortlist, null).run("fee").failures()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("noPartnerList");
            assertThat(a.detail()).contains("[P1]");
        });
    }

    @Test
    void aStoryThatCreditsNoListedPartnerIsCitedAndNoPartnerIsSuggested() {
        String yaml = """
                suite: a
                kind: assistant
                cases:
                  - id: alone
                    question: "Who helped Linton Brewing Group?"
                    noListedPartner: true
                    citesAnyOf: [brewery-downtime.docx]
                """;
        var honest = new AnswerView("The story credits no partner of the directory: the brewery's own team did it. [1]", List.of(),
                List.of(), List.of(new CitationView(1, "d-brew", STORY.title(), "case_study", null)), "offline", List.of(), List.of());
        assertThat(suite(yaml, honest, null).run("alone").failures()).isEmpty();

        var invented = new AnswerView("**Brightpath Consulting GmbH** may have helped. [1]", List.of(new PartnerView("P1",
                "Brightpath Consulting GmbH", List.of(), List.of())), List.of(), List.of(new CitationView(1, "d-brew", STORY.title(),
                "case_study", null)), "offline", List.of(), List.of());
        assertThat(suite(yaml, invented, null).run("alone").failures()).extracting(Assertion::name).containsExactly("noListedPartner");

        // no partner, but the answer cites only the programme guide: the story was not found
        var uncited = new AnswerView("No partner is credited. [1]", List.of(), List.of(), List.of(new CitationView(1, "d-guide",
                GUIDE.title(), "program_doc", null)), "offline", List.of(), List.of());
        assertThat(suite(yaml, uncited, null).run("alone").failures()).extracting(Assertion::name)
                .containsExactlyInAnyOrder("noListedPartner", "citesDocument");
    }

    @Test
    void onlyExpectedFailsWhenOtherPartnersAreSuggestedBesideTheCreditedOne() {
        String yaml = """
                suite: a
                kind: assistant
                cases:
                  - id: who
                    question: "Who helped Linton Brewing Group?"
                    expectAnyOf: [P1]
                    onlyExpected: true
                """;
        var credited = new AnswerView("**Brightpath Consulting GmbH** [1]", List.of(new PartnerView("P1", "Brightpath Consulting GmbH",
                List.of(), List.of())), List.of(), List.of(), "offline", List.of(), List.of());
        assertThat(suite(yaml, credited, null).run("who").failures()).isEmpty();
        var five = new AnswerView("**Brightpath Consulting GmbH**, **Nordlicht Systems AB**", List.of(new PartnerView("P1",
                "Brightpath Consulting GmbH", List.of(), List.of()), new PartnerView("P2", "Nordlicht Systems AB", List.of(), List.of())),
                List.of(), List.of(), "offline", List.of(), List.of());
        assertThat(suite(yaml, five, null).run("who").failures()).singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("also suggested [P2]"));
    }

    @Test
    void onlyExpectedWithoutExpectedPartnersIsABadSuite() {
        String yaml = """
                suite: a
                kind: assistant
                cases:
                  - id: who
                    question: "Who helped?"
                    onlyExpected: true
                """;
        var file = SuiteFile.parse(yaml, "test");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssistantEvalSuite.parseCases(file.yaml()))
                .hasMessageContaining("onlyExpected needs expectAnyOf");
    }

    @Test
    void withoutAnAssistantEveryCaseIsSkippedVisibly() {
        var file = SuiteFile.parse(SUITE, "test");
        var suite = new AssistantEvalSuite("a", "", AssistantEvalSuite.parseCases(file.yaml()), null, null, constraints, partners, documents);
        assertThat(suite.run("fit").skipped()).isTrue();
        assertThat(suite.notices()).anyMatch(n -> n.contains("no assistant is available"));
    }

    static Partner partner(String id, String name) {
        return new Partner(id, name, null, null, true, null, Map.of(), Map.of());
    }

    static Document doc(String id, DocumentKind kind, String title, String file) {
        return new Document(id, kind, null, title, file, "text/plain", "h" + id, 1, Document.Status.INDEXED, null, 1, Instant.EPOCH, Instant.EPOCH);
    }
}
