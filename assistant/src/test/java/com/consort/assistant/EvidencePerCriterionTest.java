package com.consort.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.testing.TestStorage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A partner is a match only when each thing asked for has a passage that says it: a directory fact (the country) is
 * met by both partners in Portugal, the word "OpenShift" only by the one whose profile says it. Partner search keeps
 * both, the other labelled with what it misses; the assistant lists the first and shows the other as an alternative.
 */
class EvidencePerCriterionTest {

    static AnnotationConfigApplicationContext context;

    private static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction
            lisboa,Lisboa Nuvem Lda,Consultancy,,,Portugal,,,,,,,"We build and operate OpenShift clusters for insurers, with migrations from virtual machines.",,active,
            douro,Douro Sistemas SA,Consultancy,,,Portugal,,,,,,,"We migrate ERP systems and operate managed services for retailers across the north.",,active,4.8
            """;

    @BeforeAll
    static void load() {
        var dataSource = TestStorage.embedded(Path.of("target/test-data/criteria-" + System.nanoTime()));
        context = AssistantFixture.context(dataSource, Map.of("consort.vendor-name", "Corvane"), c -> { });
        // partners enough that a word one profile says is rare in what partners write, as in a real directory
        StringBuilder partners = new StringBuilder(PARTNERS);
        String[] services = {"SOC monitoring", "penetration testing", "incident response", "identity governance"};
        for (int i = 0; i < 40; i++) {
            partners.append("filler").append(i).append(",Filler Services ").append(i).append(",Consultancy,,,Spain,,,,,,,\"We deliver ")
                    .append(services[i % services.length]).append(" with certified engineers.\",,active,\n");
        }
        context.getBean(PartnerDirectory.class).importFile(
                new ByteArrayInputStream(partners.toString().getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void partnerSearchCitesThePassageForEachWordAskedAndLabelsThePartnerWithoutOne() {
        var response = context.getBean(PartnerSearch.class).search(new PartnerSearch.Query(
                "Which partners in Portugal know OpenShift?", null, 5, RetrievalMode.HYBRID));

        assertThat(response.criteria()).extracting(c -> c.words()).containsExactly("'OpenShift'");
        assertThat(response.results()).extracting(PartnerSearch.Result::partnerId).containsExactlyInAnyOrder("lisboa", "douro");
        var lisboa = response.results().stream().filter(r -> r.partnerId().equals("lisboa")).findFirst().orElseThrow();
        assertThat(lisboa.missing()).isEmpty();
        assertThat(lisboa.reasons()).filteredOn(r -> PartnerSearch.TEXT.equals(r.criterion())).singleElement().satisfies(r -> {
            assertThat(r.explanation()).startsWith("Its profile says 'OpenShift'");
            assertThat(r.citation().kind()).isEqualTo("profile");
            assertThat(r.citation().snippet()).contains("OpenShift clusters");
        });
        // the directory fact cites the profile too, and no reason is the bare "matches the request"
        assertThat(lisboa.reasons()).filteredOn(r -> r.criterion().equals("countries")).singleElement()
                .satisfies(r -> assertThat(r.citation()).isNotNull());
        assertThat(lisboa.reasons()).noneSatisfy(r -> assertThat(r.explanation()).contains("matches the request"));
        var douro = response.results().stream().filter(r -> r.partnerId().equals("douro")).findFirst().orElseThrow();
        assertThat(douro.missing()).containsExactly("no passage says 'OpenShift'");
        assertThat(douro.reasons()).noneSatisfy(r -> assertThat(r.criterion()).isEqualTo(PartnerSearch.TEXT));
    }

    @Test
    void theAssistantListsOnlyThePartnerWithAPassageForEachCriterionAndTheOtherAsAnAlternativeWithWhatItMisses() {
        Answer answer = context.getBean(Assistant.class).answer(List.of("Which partners in Portugal know OpenShift?"));

        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("lisboa");
        var card = answer.partners().get(0);
        assertThat(card.reasons()).anySatisfy(r -> assertThat(r).contains("says 'OpenShift'").containsPattern("\\[\\d+\\]$"));
        assertThat(card.evidence()).anySatisfy(e -> assertThat(e.snippet()).contains("OpenShift"));
        assertThat(answer.alternatives()).extracting(Answer.PartnerCard::partnerId).containsExactly("douro");
        assertThat(answer.alternatives().get(0).missing()).containsExactly("no passage says 'OpenShift'");
        assertThat(answer.answer()).contains("Douro Sistemas SA** (alternative)").contains("misses no passage says 'OpenShift'");
    }
}
