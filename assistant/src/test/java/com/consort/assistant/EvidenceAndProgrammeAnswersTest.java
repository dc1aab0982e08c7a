package com.consort.assistant;

import com.consort.knowledge.ImportFormat;
import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
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
 * A vendor nobody tuned for (partners described only in their own words, stories that credit a partner, stories
 * that credit none, a programme guide with its own vocabulary and a table): who helped a customer is answered only
 * from the story that tells it, and a question on the programme's rules never gets a partner list.
 */
class EvidenceAndProgrammeAnswersTest {

    static AnnotationConfigApplicationContext context;
    static Assistant assistant;

    private static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction
            tidewater,Tidewater Risk Partners Corp.,Consultancy,,,,,,,,,,"We secure port terminals and logistics networks, from crane control systems to cloud workloads.",,active,
            baszta,Baszta Security a.s.,Consultancy,,,,,,,,,,"Identity and access governance for transport operators in Central Europe.",,active,
            lantern,Red Lantern Offensive Security Ltd,Consultancy,,,,,,,,,,"Red and purple teaming for banks; we test how well detections hold up.",,active,
            harbour,Harbour Cloud Services,Reseller,,,,,,,,,,"We resell and run cloud security for shipping companies and ports, with round-the-clock monitoring.",,active,
            fjord,Fjordline Digital AS,Consultancy,,,,,,,,,,"Air-gapped installations for shipyards and defence suppliers; we carry updates in by hand.",,active,
            """;

    @BeforeAll
    static void load() {
        var dataSource = TestStorage.embedded(Path.of("target/test-data/evidence-" + System.nanoTime()));
        context = AssistantFixture.context(dataSource, Map.of("consort.vendor-name", "Corvane"), c -> { });
        // partners enough that words frequent in the guide and rare in what partners write stand out, as in a real directory
        StringBuilder partners = new StringBuilder(PARTNERS);
        String[] services = {"SOC monitoring", "penetration testing", "incident response", "identity governance", "OT security",
            "cloud posture reviews", "PCI readiness", "red teaming"};
        String[] sectors = {"hospitals", "retailers", "utilities", "banks", "insurers", "factories", "schools", "airports"};
        for (int i = 0; i < 40; i++) {
            partners.append("filler").append(i).append(",Filler Security ").append(i).append(",Consultancy,,,,,,,,,,\"We deliver ")
                    .append(services[i % services.length]).append(" for ").append(sectors[(i / 3) % sectors.length])
                    .append(" with certified engineers.\",,active,\n");
        }
        context.getBean(PartnerDirectory.class).importFile(
                new ByteArrayInputStream(partners.toString().getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        var ingestor = context.getBean(DocumentIngestor.class);
        ingest(ingestor, "valparaiso-port.md", DocumentKind.CASE_STUDY, "tidewater", """
                # Puerto Austral moves its terminal systems to the cloud safely

                Company: Puerto Austral S.A.

                Industry: Ports and logistics

                Location: Valparaíso, Chile

                The port operator moved its berth planning and gate systems to the cloud. Tidewater Risk Partners Corp.
                designed the landing zone and watches the crane network around the clock.

                - 40 cloud accounts under one posture baseline
                - Crane control network separated from the office network
                """);
        ingest(ingestor, "pomorze-rail.md", DocumentKind.CASE_STUDY, null, """
                # Koleje Pomorskie Plus gives every depot worker one identity

                Company: Koleje Pomorskie Plus

                Industry: Rail transport

                Location: Gdańsk, Poland

                The rail operator had to show who can access its timetable systems. The rollout was led by Baszta Security
                a.s., a Corvane partner from Brno, which connected the HR system to badge-tap sign-in on 220 depot
                workstations.
                """);
        ingest(ingestor, "glen-corran.md", DocumentKind.CASE_STUDY, null, """
                # Glen Corran Distillers keeps the stills running after a phishing wave

                Company: Glen Corran Distillers Ltd

                Industry: Food and drink manufacturing

                Location: Speyside, Scotland, United Kingdom

                The distillery's IT manager deployed Corvane Bastion with the help of Kestrel Forensics & Audit, an
                Inverness accounting practice that is not a Corvane partner. Suspicious e-mails are now quarantined within
                ten minutes of arrival, and no fraudulent payment has been released since.
                """);
        ingest(ingestor, "lindqvist.md", DocumentKind.CASE_STUDY, "harbour", """
                # Lindqvist Handel keeps its checkout open through the holiday peak

                Company: Lindqvist Handel AB

                Industry: eCommerce

                Location: Malmö, Sweden

                The online shop moved its checkout and payment services to the cloud before the holiday peak, and the
                checkout stayed open through it.
                """);
        ingest(ingestor, "nordkap.md", DocumentKind.CASE_STUDY, "fjord", """
                # Nordkap Telekom bills from the cloud

                Company: Nordkap Telekom

                Industry: Telecommunications Equipment

                Location: Gothenburg, Sweden

                The Swedish telecommunications giant moved the checkout of its web store and its billing to the cloud.
                Shop staff now sign in with a badge.
                """);
        ingest(ingestor, "partner-guide.md", DocumentKind.PROGRAM_DOC, null, """
                # Corvane Partner Network: Programme Guide

                ## Use of the marks

                A partner may show the Corvane partner badge of its current tier on its website. A partner must not
                register or use a domain name that contains a Corvane mark. After a downgrade the partner replaces the
                badge within 30 days.

                ## Annual fees

                | Tier | Annual programme fee |
                | --- | --- |
                | Premier | USD 7,500 |
                | Select | USD 2,500 |
                | Member | no fee |

                ## Eligibility

                Sole traders cannot join the programme; a partner must be a registered company with at least two employees
                who hold a Corvane certification. The annual programme fee is invoiced when the tier is confirmed.
                """);
        assistant = context.getBean(Assistant.class);
    }

    private static void ingest(DocumentIngestor ingestor, String file, DocumentKind kind, String partnerId, String text) {
        ingestor.ingest(new DocumentIngestor.Upload(text.getBytes(StandardCharsets.UTF_8), file, kind, partnerId, null));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void whoHelpedANamedCustomerIsThePartnerItsStoryCreditsWithTheStoryCited() {
        Answer answer = assistant.answer(List.of("Who helped Puerto Austral?"));

        assertThat(answer.intent()).isEqualTo("evidence");
        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("tidewater");
        assertThat(answer.alternatives()).isEmpty();
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.title()).contains("Puerto Austral"));
        assertThat(answer.answer()).contains("Tidewater Risk Partners Corp.").contains("[1]");
    }

    @Test
    void whoWorkedWithACustomerWithNoDealInTheCrmIsAnsweredByItsStory() {
        // "worked with" reads as a question about deals; with none recorded, the story that tells it answers
        Answer answer = assistant.answer(List.of("Which partner worked with Puerto Austral?"));

        assertThat(answer.intent()).isEqualTo("evidence");
        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("tidewater");
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.title()).contains("Puerto Austral"));
    }

    @Test
    void whoWorkedWithACustomerNoStoryTellsStillSaysNoDealIsRecorded() {
        Answer answer = assistant.answer(List.of("Who has worked with Hagenbach Packaging?"));

        assertThat(answer.intent()).isEqualTo("overlap");
        assertThat(answer.partners()).isEmpty();
    }

    @Test
    void aStoryFiledUnderNoPartnerCreditsTheDirectoryPartnerItsTextCallsThePartner() {
        Answer answer = assistant.answer(List.of("Who did the identity rollout at Koleje Pomorskie Plus?"));

        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("baszta");
        assertThat(answer.answer()).contains("led by Baszta Security");
        assertThat(answer.partners().get(0).evidence()).singleElement()
                .satisfies(e -> assertThat(e.title()).contains("Koleje Pomorskie"));
    }

    @Test
    void aStoryThatCreditsNoListedPartnerIsCitedAndNoPartnerIsOffered() {
        Answer answer = assistant.answer(List.of("Which partner did the Glen Corran Distillers deployment?"));

        assertThat(answer.intent()).isEqualTo("evidence");
        assertThat(answer.partners()).isEmpty();
        assertThat(answer.alternatives()).isEmpty();
        assertThat(answer.answer()).contains("credits no listed partner").contains("[1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.title()).contains("Glen Corran"));
    }

    @Test
    void aDescribedCustomerIsFoundByWhatItsStorySaysAboutIt() {
        Answer answer = assistant.answer(List.of("A port operator in Chile moved its terminal systems to the cloud. Which partner helped?"));

        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("tidewater");
    }

    @Test
    void aCustomerDescribedByItsCountryAndIndustryIsMatchedOnItsStorysFacts() {
        // "Swedish" and "e-commerce" are in the story's facts (Sweden, eCommerce), not its text; the other story's text
        // says "Swedish" and "giant"
        Answer answer = assistant.answer(List.of("A Swedish e-commerce giant moved its checkout to the cloud. Which partner helped?"));

        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("harbour");
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.title()).contains("Lindqvist"));
    }

    @Test
    void whenNoStoryTellsItTheAnswerSaysSoInsteadOfListingPartners() {
        Answer answer = assistant.answer(List.of("Who helped the Reykjavik geothermal utility with its quantum key distribution?"));

        assertThat(answer.intent()).isEqualTo("evidence");
        assertThat(answer.partners()).isEmpty();
        assertThat(answer.alternatives()).isEmpty();
        assertThat(answer.answer()).contains("No customer story tells");
    }

    @Test
    void capabilityQuestionsInThePresentPerfectStillGetPartners() {
        Answer answer = assistant.answer(List.of("The shipyard's network has no internet connection. Who has done air-gapped installs?"));

        assertThat(answer.intent()).isEqualTo("partners");
        assertThat(answer.partners()).as(answer.answer()).extracting(Answer.PartnerCard::partnerId).contains("fjord");
    }

    @Test
    void aRuleQuestionInTheProgrammesOwnWordsIsAnsweredFromTheGuideNeverWithPartners() {
        // no question form ("how", "what is") and no word of a fixed list: "domain name" is the guide's own vocabulary
        Answer answer = assistant.answer(List.of("Is a partner allowed to put Corvane in its website's domain name?"));

        assertThat(answer.intent()).isEqualTo("programme");
        assertThat(answer.partners()).isEmpty();
        assertThat(answer.alternatives()).isEmpty();
        assertThat(answer.answer()).containsIgnoringCase("domain name").contains("[1]");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.kind()).isEqualTo("program_doc"));
    }

    @Test
    void theProgrammesVocabularyIsLearntFromItsDocumentsNotFromPartners() {
        assertThat(assistant.programmeTerms("domain fee marks crane identity badge")).contains("domain", "fee", "mark")
                .doesNotContain("crane", "identity", "badge"); // a story speaks of badge-tap sign-in
    }

    @Test
    void aPartnerQuestionNamingAPlaceStaysAPartnerQuestion() {
        Answer answer = assistant.answer(List.of("Partners in Chile for port terminals?"));

        assertThat(answer.intent()).isEqualTo("partners");
    }

    @Test
    void aQuestionWhoseAnswerIsOneTableCellGetsTheCellWithItsRowAndColumn() {
        Answer answer = assistant.answer(List.of("What is the annual programme fee for a Select partner?"));

        assertThat(answer.intent()).isEqualTo("programme");
        assertThat(answer.answer()).contains("USD 2,500").doesNotContain("USD 7,500");
        assertThat(answer.answer().lines().filter(l -> l.contains("USD 2,500")).findFirst().orElseThrow())
                .contains("Select").contains("Annual programme fee").contains("[1]");
    }

    @Test
    void aCapabilityInThePartnersOwnWordsIsAReasonThatCitesThePassageSayingIt() {
        Answer answer = assistant.answer(List.of("Which partners do air-gapped installations?"));

        assertThat(answer.partners()).extracting(Answer.PartnerCard::partnerId).containsExactly("fjord");
        var card = answer.partners().get(0);
        assertThat(card.reasons()).anySatisfy(r -> assertThat(r).contains("air-gapped").containsPattern("\\[\\d+\\]$"))
                .noneSatisfy(r -> assertThat(r).contains("matches the request"));
        assertThat(card.evidence()).anySatisfy(e -> assertThat(e.snippet()).containsIgnoringCase("air-gapped"));
    }

    @Test
    void whenNoPartnerHasAPassageForEachThingAskedTheNearestAreAlternativesLabelledWithWhatTheyMiss() {
        Answer answer = assistant.answer(List.of("Which partners do purple teaming at shipyards?"));

        assertThat(answer.partners()).isEmpty();
        assertThat(answer.alternatives()).extracting(Answer.PartnerCard::partnerId).contains("lantern", "fjord");
        assertThat(answer.alternatives()).allSatisfy(a -> assertThat(a.missing()).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("no passage says")));
        assertThat(answer.answer()).contains("(alternative)");
    }

}
