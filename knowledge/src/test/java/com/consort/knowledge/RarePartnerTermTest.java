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
 * A rare word of the question that only one partner's own description uses is the strongest signal there is:
 * that partner comes first, above partners whose descriptions talk about the same subject in common words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RarePartnerTermTest {

    // R3 alone says "MDF"; R1 and R2 talk about claims in general and R2 has the better tier and satisfaction
    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            R1,Brightwave Channel Services,Consulting Partner,Silver,EMEA,France,French,Retail,,,,,Partner claims processing for software resellers: claims audits every quarter and claims dashboards for channel managers.,,active,4.0,Ines
            R2,Harbor Ledger Partners,Consulting Partner,Gold,EMEA,Germany,German,Retail,,,,,Prepares rebate claims and incentive claims for distributors and handles claims disputes with vendors.,,active,4.5,Jon
            R3,Quill and Stone Consulting,Consulting Partner,Silver,EMEA,Spain,Spanish,Retail,,,,,Supply-chain planning for food manufacturers; our back office also prepares MDF claims.,,active,4.0,Lea
            R4,Orchard Systems,Consulting Partner,Silver,EMEA,Italy,Italian,Retail,,,,,Cloud migrations and data platforms for retailers.,,active,4.0,Max
            """;

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
        return search.search(new PartnerSearch.Query(question, Constraints.NONE, 4, mode)).results().stream()
                .map(PartnerSearch.Result::partnerId).toList();
    }

    @Test
    void thePartnerWhoseDescriptionAloneUsesTheRareWordComesFirstInHybrid() {
        String question = "Which partner can prepare our MDF claims?";
        assertThat(ranked(question, RetrievalMode.KEYWORD)).first().isEqualTo("R3");
        assertThat(ranked(question, RetrievalMode.HYBRID)).first().isEqualTo("R3");
    }

    @Test
    void withoutARareWordTheCommonWordsStillRankThePartnersThatUseThem() {
        assertThat(ranked("Who handles claims disputes with vendors?", RetrievalMode.HYBRID)).first().isEqualTo("R2");
    }
}
