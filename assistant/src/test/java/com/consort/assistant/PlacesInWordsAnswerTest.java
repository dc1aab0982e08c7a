package com.consort.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.PartnerDirectory;
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
 * In a directory that records no country or language, the answer says that it looked for the place the seller named
 * in the partners' own words, in its text and in the API's reading, and names it when no partner says it.
 */
class PlacesInWordsAnswerTest {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            D1,Spree Cloud,Service Provider,,,,,,,Certified Service Provider,,,A Berlin-based Kubernetes consultancy.,,active,,
            D3,Generic Platform Co,Service Provider,,,,,,,Certified Service Provider,,,Kubernetes consulting and managed clusters.,,active,,
            D4,Aula Cloud Training,Training Partner,,,,,,,Certified Training Partner,,,Kubernetes training courses taught in English and Spanish.,,active,,
            """;

    static AnnotationConfigApplicationContext context;
    static Assistant assistant;

    @BeforeAll
    static void load() throws Exception {
        context = AssistantFixture.context(TestStorage.embedded(Path.of("target/test-data/places-" + System.nanoTime())),
                Map.of(), c -> { });
        context.getBean(PartnerDirectory.class).importFile(new ByteArrayInputStream(PARTNERS.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV);
        assistant = context.getBean(Assistant.class);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void theAnswerSaysItLookedForThePlaceInThePartnersOwnWords() {
        Answer answer = assistant.answer(List.of("Which partner is based in Germany?"));
        assertThat(answer.reading()).contains(new Answer.Reading("countries", "DE", "germany", "unrecorded"));
        assertThat(answer.answer()).contains("in the partners' own words");
        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("D1");
    }

    @Test
    void aLanguageNoPartnerSaysIsNamedInTheNoMatch() {
        Answer answer = assistant.answer(List.of("Kubernetes training in Portuguese for our team?"));
        assertThat(answer.partners()).isEmpty();
        assertThat(answer.answer()).contains("Portuguese");
        assertThat(answer.reading()).contains(new Answer.Reading("languages", "pt", "portuguese", "unrecorded"));
    }
}
