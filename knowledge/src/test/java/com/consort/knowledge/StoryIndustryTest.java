package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A story's "Industry:" line is written by whoever wrote the story ("Hospitals (eleven sites)"), not in the directory's
 * words ("Care & Hospitals"): the line is read for the general industries it names, and a case-study filter on the
 * directory's value is met by them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryIndustryTest {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            H1,Alder Clinical IT,Solution Provider,Member,EMEA,Ireland,English,Care & Hospitals,,,,,Clinical systems.,,active,4.0,Ines
            H2,Birch Systems,Solution Provider,Member,EMEA,Ireland,English,Government & Cities,,,,,Records systems.,,active,4.0,Jon
            """;

    static final String STORY = """
            # Westmeath Care moves its records

            Industry: Hospitals (a regional network of eleven sites)

            Location: Athlone, Ireland

            Westmeath Care moved its patient records system with Birch Systems.
            """;

    @TempDir
    static Path dataDir;

    AnnotationConfigApplicationContext context;
    Vocabulary vocabulary;
    Document story;

    @BeforeAll
    void directory() {
        context = KnowledgeContext.withDirectory(TestStorage.embedded(dataDir), PARTNERS);
        vocabulary = context.getBean(Vocabulary.class);
        story = context.getBean(DocumentIngestor.class).ingest(new DocumentIngestor.Upload(
                STORY.getBytes(StandardCharsets.UTF_8), "westmeath.md", DocumentKind.CASE_STUDY, "H2", null)).document();
    }

    @AfterAll
    void close() {
        context.close();
    }

    @Test
    void anIndustryLineNamesTheGeneralIndustriesItsWordsSay() {
        assertThat(vocabulary.industries("Hospitals (a regional network of eleven sites)")).containsExactly("Healthcare");
        assertThat(vocabulary.industries("Local government (county council)")).containsExactly("Public Sector");
        assertThat(vocabulary.industries("Online grocery")).containsExactly("Retail");
        assertThat(vocabulary.industries("Quarrying and aggregates")).isEmpty();
        assertThat(vocabulary.withConceptsOf(Facet.INDUSTRY, List.of("Care & Hospitals")))
                .contains("Care & Hospitals", "Healthcare").doesNotContain("Retail", "Public Sector");
    }

    @Test
    void aCaseStudyFilterOnTheDirectorysValueIsMetByAStoryInTheGeneralWords() {
        assertThat(context.getBean(DocumentRepository.class).storyFacts(story.id()).industries()).containsExactly("Healthcare");
        // H2 lists no healthcare industry but has the story; H1 lists it and has no story
        assertThat(context.getBean(PartnerRepository.class)
                .matching(Map.of(Facet.CASE_STUDY_INDUSTRY, Set.of("Care & Hospitals")), false, vocabulary))
                .containsExactly("H2");
    }

    @Test
    void aQuestionAboutWorkDoneForACustomerFindsThePartnerWhoseStoryTellsIt() {
        PartnerSearch search = context.getBean(PartnerSearch.class);
        var done = search.search(new PartnerSearch.Query("Which partner moved the patient records of a hospital group in Ireland?",
                Constraints.NONE, 5, RetrievalMode.HYBRID));
        assertThat(done.results()).extracting(PartnerSearch.Result::partnerId).contains("H2");
        assertThat(done.results()).filteredOn(r -> r.partnerId().equals("H2")).singleElement()
                .satisfies(r -> assertThat(r.reasons()).extracting(PartnerSearch.Reason::explanation)
                        .contains("Has a customer story in Care & Hospitals"));

        // "who can" asks what a partner does: the listing decides
        var can = search.search(new PartnerSearch.Query("Who can move the patient records of a hospital group in Ireland?",
                Constraints.NONE, 5, RetrievalMode.HYBRID));
        assertThat(can.results()).extracting(PartnerSearch.Result::partnerId).containsExactly("H1");
    }
}
