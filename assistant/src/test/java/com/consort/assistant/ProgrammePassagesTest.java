package com.consort.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
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
 * Which part of a programme document answers a rule question: the first sentence or the list under the heading that
 * asks it (a FAQ), the table row whose label the question names, paraphrases or (an amount) falls within.
 */
class ProgrammePassagesTest {

    static AnnotationConfigApplicationContext context;
    static Assistant assistant;

    @BeforeAll
    static void load() {
        var dataSource = TestStorage.embedded(Path.of("target/test-data/programme-" + System.nanoTime()));
        context = AssistantFixture.context(dataSource, Map.of("consort.vendor-name", "Corvane"), c -> { });
        StringBuilder partners = new StringBuilder("id,name,type,tier,regions,countries,languages,industries,specializations,certifications,"
                + "integrations,templates,description,website,status,satisfaction\n");
        String[] services = {"SOC monitoring", "penetration testing", "incident response", "identity governance", "OT security",
            "cloud posture reviews", "PCI readiness", "red teaming"};
        String[] sectors = {"hospitals", "retailers", "utilities", "banks", "insurers", "factories", "schools", "airports"};
        for (int i = 0; i < 150; i++) {
            partners.append("p").append(i).append(",Security Partner ").append(i).append(",Consultancy,,,,,,,,,,\"We deliver ")
                    .append(services[i % services.length]).append(" for ").append(sectors[(i / 3) % sectors.length])
                    .append(" with certified engineers.\",,active,\n");
        }
        context.getBean(PartnerDirectory.class).importFile(
                new ByteArrayInputStream(partners.toString().getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        var ingestor = context.getBean(DocumentIngestor.class);
        ingestor.ingest(new DocumentIngestor.Upload(("""
                # Corvane Funds and Deals: Questions and Answers

                ## Is a funds request needed per campaign or per quarter?

                Per campaign. Each separate campaign with its own audience requires a different request in the portal. A
                change of date does not require a new request.

                ## Can a reseller get funds for an event it co-hosts with a distributor?

                Yes, but only with written approval from both. Otherwise the distributor files the event request and the
                reseller is reimbursed by the distributor for its share of the event.

                ## How are MDF claims paid?

                MDF claims are paid by credit note within 45 days of an approved proof of execution. MDF not claimed by
                the end of the quarter is lost.

                ## What MDF does not pay for

                - staff salaries and travel;
                - gifts over USD 50 per person, and alcohol;
                - licences and hardware.

                ## Protection of a registered deal

                | Estimated deal value | Protection period | Extension available |
                | --- | --- | --- |
                | Under USD 50,000 | 90 days | one of 30 days |
                | USD 50,000 to 500,000 | 120 days | one of 60 days |
                | Over USD 500,000 | 180 days | one of 90 days |

                ## Naming an offering

                A partner offering may carry the Corvane name in its product name. E.g., Acme Corvane Shield or Acme
                Shield. Product names must be shown in plain text.

                ## Use of the marks

                - Do include the following attribution statement in a conspicuous location near the first prominent
                appearance of the offering's name: Corvane is a registered trademark of Corvane Ltd. in the European Union
                and other countries, and is used under licence.
                - Do not put the Corvane logo inside a logo of your own.

                ## Tier benefits

                | Requirement or benefit | Member | Select | Premier |
                | --- | --- | --- | --- |
                | Free exam vouchers per year | 0 | 2 | 6 |
                | Not-for-resale lab licences | 1 | 5 | 20 |
                | Annual programme fee | none | USD 2,500 | USD 7,500 |
                """).getBytes(StandardCharsets.UTF_8), "funds-and-deals.md", DocumentKind.PROGRAM_DOC, null, null));
        assistant = context.getBean(Assistant.class);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void aFaqAnswersWithTheFirstSentenceUnderTheQuestionItsHeadingAsks() {
        // "Per campaign." and "Yes, but ..." share no word with the question: the heading above them does
        Answer perCampaign = assistant.answer(List.of("Is the funds request needed once per campaign or once per quarter?"));
        Answer coHosted = assistant.answer(List.of("Can a reseller get funds for an event co-hosted with its distributor?"));

        assertThat(perCampaign.answer()).contains("Per campaign");
        assertThat(coHosted.answer()).contains("written approval");
    }

    @Test
    void aListUnderTheHeadingTheQuestionAsksIsItsAnswer() {
        Answer answer = assistant.answer(List.of("Will MDF pay for the drinks at our customer evening?"));

        assertThat(answer.intent()).isEqualTo("programme");
        assertThat(answer.answer()).contains("alcohol");
    }

    @Test
    void anAmountInTheQuestionPicksTheTableRowWhoseRangeHoldsIt() {
        Answer answer = assistant.answer(List.of("How long is a registered deal protected when it is worth more than half a million dollars?"));

        assertThat(answer.answer().lines().filter(l -> l.contains("180 days")).findFirst().orElseThrow())
                .contains("Over USD 500,000").contains("[1]");
        assertThat(answer.answer()).doesNotContain("120 days");
    }

    @Test
    void aTableWhoseColumnsAreTiersAnswersWithTheRowTheQuestionParaphrases() {
        Answer answer = assistant.answer(List.of("What does it cost per year to be a Premier partner?"));

        assertThat(answer.answer().lines().filter(l -> l.contains("USD 7,500")).findFirst().orElseThrow())
                .contains("Annual programme fee").contains("Premier");
        assertThat(answer.answer()).doesNotContain("Premier: 6");
    }

    @Test
    void aNameTheQuestionQuotesIsItsExampleNotItsTopic() {
        Answer answer = assistant.answer(List.of("What attribution statement must we show when our product is called 'Acme Corvane Shield'?"));

        assertThat(answer.answer()).contains("registered trademark");
    }
}
