package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Evidence per criterion, in the ranking: a partner with a passage for more of the things a question asks for in
 * words ranks above one with fewer, however well the other's text, tier and satisfaction score otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CriteriaMetRankTest {

    // K1 has the better tier and satisfaction and talks about remote sites, but says neither "edge" nor "air-gapped";
    // K2 says "edge" only; K3 says both. A hundred others make the two words rare, as in any real directory.
    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            K1,Helmsman Field Services,Consulting Partner,Gold,EMEA,France,French,,,,,,"We run your IT at remote sites: factory floors, oil rigs and shops, offline when the line is down.",,active,5.0,Ines
            K2,Lanterne Systems,Consulting Partner,Silver,EMEA,France,French,,,,,,Fleet management for edge devices.,,active,3.0,Jon
            K3,Borealis Field Computing,Consulting Partner,Silver,EMEA,France,French,,,,,,Small servers at the edge of the network: shops and air-gapped plants.,,active,3.0,Lea
            """ + java.util.stream.IntStream.range(0, 100)
            .mapToObj(i -> "F%03d,Ledger Partner %d,Consulting Partner,Silver,EMEA,Spain,Spanish,,,,,,Finance systems for banks and insurers (%d).,,active,4.0,Max\n"
                    .formatted(i, i, i))
            .collect(java.util.stream.Collectors.joining());

    @TempDir
    static Path dataDir;

    AnnotationConfigApplicationContext context;
    PartnerSearch search;

    @BeforeAll
    void directory() {
        context = KnowledgeContext.withDirectory(TestStorage.embedded(dataDir), PARTNERS);
        search = context.getBean(PartnerSearch.class);
    }

    @AfterAll
    void close() {
        context.close();
    }

    private List<String> ranked(String question, RetrievalMode mode) {
        return search.search(new PartnerSearch.Query(question, Constraints.NONE, 3, mode)).results().stream()
                .map(PartnerSearch.Result::partnerId).toList();
    }

    @Test
    void aPartnerThatSaysMoreOfWhatWasAskedRanksFirst() {
        for (RetrievalMode mode : RetrievalMode.values()) {
            assertThat(ranked("Who offers edge computing that works air-gapped?", mode)).as(mode.name())
                    .containsExactly("K3", "K2", "K1");
        }
    }
}
