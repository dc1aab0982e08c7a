package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.internal.partner.PartnerImporter;
import com.consort.knowledge.internal.search.QueryUnderstanding;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Past its size, the window ranks the partners with a matching passage and the best by boosts, never one outside the constraints. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateWindowTest {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            W1,Bergmann Digital GmbH,SI,Gold,DACH,Germany,German,Automotive,PMO Center of Excellence,,Jira,,PMO set-ups for car-parts suppliers in Bavaria.,,active,3.0,Anna
            W2,Lumen Conseil SAS,Consulting Partner,Silver,EMEA,France,French,Healthcare,Workflow Automation,,ServiceNow,,Automates clinical workflows for hospital networks.,,active,3.0,Marc
            W3,Alpenland Systems AG,System Integrator,Platinum,DACH,Germany,German,Retail,Change Management,,SAP S/4HANA,,Store roll-outs for grocery chains.,,active,5.0,Eva
            W4,Northwind PMO Partners,VAR,Registered,NA,United States,English,Financial Services,Project and Portfolio Management,,Salesforce,,Portfolio offices for banks.,,active,3.2,Sam
            """;

    @TempDir
    static Path dataDir;

    AnnotationConfigApplicationContext context;
    CandidateWindow window;
    PartnerRepository partners;
    Vocabulary vocabulary;

    @BeforeAll
    void directory() {
        context = KnowledgeContext.over(TestStorage.embedded(dataDir));
        context.getBean(PartnerDirectory.class).importFile(new ByteArrayInputStream(PARTNERS.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV);
        partners = context.getBean(PartnerRepository.class);
        vocabulary = context.getBean(Vocabulary.class);
        window = new CandidateWindow(partners, vocabulary,
                context.getBean(QueryUnderstanding.class), 1);
    }

    @AfterAll
    void close() {
        context.close();
    }

    private List<String> ids(String question, Constraints constraints) {
        return window.candidates(new PartnerSearch.Query(question, constraints, 1, RetrievalMode.HYBRID), constraints, 2,
                        passages(context.getBean(ChunkSearch.class), question))
                .stream().map(PartnerRepository.Candidate::id).toList();
    }

    private QuestionPassages passages(ChunkSearch chunks, String question) {
        return new QuestionPassages(chunks, question,
                context.getBean(ChunkSearch.class).embeddingAhead(question, RetrievalMode.HYBRID), RetrievalMode.HYBRID);
    }

    /** The chunk search of the context, counting the searches it runs. */
    private ChunkSearch counting(int[] searches) {
        ChunkSearch real = context.getBean(ChunkSearch.class);
        return new ChunkSearch(null, null, null, null, Runnable::run) {
            @Override
            public List<Hit> search(String query, java.util.function.Supplier<float[]> vector, int limit, Scope scope,
                    RetrievalMode mode, Purpose purpose) {
                searches[0]++;
                return real.search(query, vector, limit, scope, mode, purpose);
            }
        };
    }

    @Test
    void pastTheWindowTheRankingReadsTheWindowsPassagesWithoutSearchingAgain() {
        int[] searches = {0};
        String question = "Who automates clinical workflows for hospital networks?";
        QuestionPassages passages = passages(counting(searches), question);
        List<String> ids = window.candidates(new PartnerSearch.Query(question, Constraints.NONE, 1, RetrievalMode.HYBRID),
                Constraints.NONE, 2, passages).stream().map(PartnerRepository.Candidate::id).toList();
        assertThat(searches[0]).isEqualTo(1);
        // the ranking of more candidates than it filters in the index asks for the same passages: no second search
        List<ChunkSearch.Hit> ranked = passages.ofAnyPartner(2);
        assertThat(searches[0]).isEqualTo(1);
        assertThat(ranked).isNotEmpty().allMatch(h -> ids.contains(h.chunk().partnerId()));
        // other passages (of a few partners, or deeper) are searched
        passages.ofPartners(2, java.util.Set.of("W1"));
        passages.ofAnyPartner(3);
        assertThat(searches[0]).isEqualTo(3);
    }

    @Test
    void pastTheWindowThePartnersWithAMatchingPassageAndTheBestByBoostsAreRanked() {
        assertThat(partners.candidates(Map.of(), false, vocabulary)).hasSize(4);
        // the passage search's two best and the directory's best by boosts (Platinum, satisfaction 5): not all four
        assertThat(ids("Who automates clinical workflows for hospital networks?", Constraints.NONE))
                .contains("W2", "W3").hasSizeLessThan(4);
    }

    @Test
    void theWindowKeepsOnlyPartnersThatMeetTheConstraints() {
        Constraints germany = new Constraints(Map.of(com.consort.knowledge.Facet.COUNTRY, java.util.Set.of("DE")),
                List.of(), false);
        assertThat(ids("Who automates clinical workflows for hospital networks?", germany)).isNotEmpty()
                .allMatch(id -> id.equals("W1") || id.equals("W3"));
    }

    @Test
    void candidatesUpToALimitAreTheFirstOfAllTheCandidatesById() {
        Constraints germany = new Constraints(Map.of(com.consort.knowledge.Facet.COUNTRY, java.util.Set.of("DE")),
                List.of(), false);
        var all = partners.candidates(Map.of(), false, vocabulary);
        assertThat(all).extracting(PartnerRepository.Candidate::id).containsExactly("W1", "W2", "W3", "W4");
        assertThat(partners.candidates(Map.of(), Map.of(), false, vocabulary, 2)).isEqualTo(all.subList(0, 2));
        assertThat(partners.candidates(Map.of(), Map.of(), false, vocabulary, 5)).isEqualTo(all);
        assertThat(partners.candidates(germany.byFacet(), Map.of(), false, vocabulary, 5)).extracting(PartnerRepository.Candidate::id)
                .containsExactly("W1", "W3");
        // within the window, the window's candidates are those same rows, read once
        CandidateWindow two = new CandidateWindow(partners, vocabulary,
                context.getBean(QueryUnderstanding.class), 2);
        assertThat(two.candidates(new PartnerSearch.Query("grocery", germany, 1, RetrievalMode.HYBRID), germany, 2,
                passages(context.getBean(ChunkSearch.class), "grocery")))
                .isEqualTo(partners.candidates(germany.byFacet(), false, vocabulary));
    }

    @Test
    void withinTheWindowEveryPartnerMeetingTheConstraintsIsRanked() {
        CandidateWindow wide = new CandidateWindow(partners, vocabulary,
                context.getBean(QueryUnderstanding.class), 10);
        assertThat(wide.candidates(new PartnerSearch.Query("banks", Constraints.NONE, 1, RetrievalMode.HYBRID), Constraints.NONE, 2,
                passages(context.getBean(ChunkSearch.class), "banks")))
                .hasSize(4);
    }
}
