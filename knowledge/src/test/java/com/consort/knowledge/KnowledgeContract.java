package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Ingestion and retrieval as both storage set-ups must behave. Tests share one small ecosystem and
 * use their own documents, so they run in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KnowledgeContract {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            K1,Bergmann Digital GmbH,SI,Gold,DACH,Germany;AT,Deutsch;English,Automotive;Manufacturing,PMO Center of Excellence,Orbitly Solution Architect,Jira,,PMO set-ups for car-parts suppliers in Bavaria.,https://bergmann.example,active,4.6,Anna
            K2,Lumen Conseil SAS,Consulting Partner,Silver,EMEA,France;Belgium,French;English,Healthcare,Workflow Automation,,ServiceNow,,Automates clinical workflows for hospital networks.,,active,4.1,Marc
            K3,Alpenland Systems AG,System Integrator,Platinum,DACH,CH;DE,German,Automotive,PMO Center of Excellence,,SAP S/4HANA,,Former partner for automotive PMO.,,inactive,4.9,Eva
            ,Nameless row,Reseller,Gold,,,,,,,,,,,active,4.0,
            K4,Diamond Partners,Reseller,Diamond,,Westeros,Mandrin,,,,,,,,active,4.0,
            K5,Northwind PMO Partners,VAR,Registered,NA,United States,English,Financial Services,Project and Portfolio Management,,Salesforce,,Portfolio offices for banks.,,,3.2,Sam
            """;

    AnnotationConfigApplicationContext context;
    PartnerDirectory directory;
    DocumentIngestor ingestor;
    DocumentRepository documents;
    PartnerSearch partnerSearch;
    ChunkSearch chunkSearch;
    VectorIndex vectors;
    ImportReport firstImport;

    abstract DataSource dataSource();

    @BeforeAll
    void startKnowledgeModule() {
        context = KnowledgeContext.over(dataSource());
        directory = context.getBean(PartnerDirectory.class);
        ingestor = context.getBean(DocumentIngestor.class);
        documents = context.getBean(DocumentRepository.class);
        partnerSearch = context.getBean(PartnerSearch.class);
        chunkSearch = context.getBean(ChunkSearch.class);
        vectors = context.getBean(VectorIndex.class);
        // this vendor's own words for its values: the taxonomy an admin would set (the neutral base knows none of them)
        context.getBean(Vocabulary.class).useVendor(Taxonomy.fromYaml("""
                types:
                  System Integrator: [SI]
                  Reseller: [VAR]
                specializations:
                  PMO Center of Excellence: [PMO]
                """));
        firstImport = directory.importFile(csv(PARTNERS), ImportFormat.CSV);
        ingestor.ingest(new DocumentIngestor.Upload(TestFiles.pdf(List.of(
                List.of("Customer story: Kessler Autoteile", "Kessler makes brake components for German car makers."),
                List.of("Results", "Bergmann Digital set up a PMO that cut project overruns by 38 percent."))),
                "kessler.pdf", DocumentKind.CASE_STUDY, "K1", "Kessler Autoteile builds a PMO"));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importNormalisesValuesKeepsExtraColumnsAndRejectsBadRowsWithTheirLineNumbers() {
        assertThat(firstImport.imported()).isEqualTo(5);
        // only a row that cannot be stored is rejected; unknown values are kept as given, with a warning on their row
        assertThat(firstImport.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(5L);
        assertThat(firstImport.rejected().get(0).reason()).contains("id is required");
        Partner diamond = directory.find("K4").orElseThrow();
        assertThat(diamond.tier()).isEqualTo("Diamond");
        assertThat(diamond.values(Facet.COUNTRY)).containsExactly("Westeros");
        assertThat(diamond.values(Facet.LANGUAGE)).containsExactly("Mandrin");
        assertThat(firstImport.warnings()).extracting(ImportReport.Warning::line).containsOnly(6L);
        assertThat(firstImport.warnings()).extracting(ImportReport.Warning::message)
                .contains("languages 'Mandrin': kept as given; did you mean Mandarin (zh)?")
                .anySatisfy(m -> assertThat(m).startsWith("countries 'Westeros': kept as given"));

        Partner bergmann = directory.find("K1").orElseThrow();
        assertThat(bergmann.values(Facet.COUNTRY)).containsExactly("DE", "AT");
        assertThat(bergmann.values(Facet.LANGUAGE)).containsExactly("de", "en");
        assertThat(bergmann.type()).isEqualTo("System Integrator");
        assertThat(bergmann.satisfaction()).isEqualTo(4.6);
        assertThat(bergmann.extra()).containsEntry("partner_manager", "Anna");
        Partner northwind = directory.find("K5").orElseThrow();
        assertThat(northwind.type()).isEqualTo("Reseller");
        assertThat(northwind.active()).isTrue();
        assertThat(directory.find("K3").orElseThrow().active()).isFalse();
    }

    @Test
    void theDirectorysValuesAreEveryDistinctValueOfEachFacet() {
        Map<Facet, java.util.Set<String>> distinct = new java.util.EnumMap<>(Facet.class);
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).query("SELECT facet, val FROM partner_facet",
                rs -> {
                    distinct.computeIfAbsent(Facet.valueOf(rs.getString(1)), f -> new java.util.TreeSet<>()).add(rs.getString(2));
                });
        assertThat(distinct).containsKeys(Facet.COUNTRY, Facet.INDUSTRY);
        assertThat(context.getBean(com.consort.knowledge.PartnerRepository.class).knownValues()).isEqualTo(distinct);
    }

    @Test
    void partnerNamesATextMayMentionAreFoundByTheirFirstWordWithoutScanningEveryName() {
        var names = context.getBean(com.consort.knowledge.PartnerNames.class);
        assertThat(names.get()).containsEntry("K2", "Lumen Conseil SAS").containsEntry("K4", "Diamond Partners");
        assertThat(names.candidatesIn("The rollout was led by LUMEN Conseil SAS, with diamond partners advising."))
                .extracting(Map.Entry::getKey).containsExactly("K2", "K4");
        assertThat(names.candidatesIn("Lumenal work by a Diamondback team")).isEmpty();
    }

    @Test
    void theDirectorysChangeMarkMovesWithEveryWriteToAPartnerOrItsValuesAndOnlyThen() {
        var repository = context.getBean(PartnerRepository.class);
        String before = repository.changeMark();
        directory.find("K1");
        repository.knownValues();
        assertThat(repository.changeMark()).as("reads change nothing").isEqualTo(before);

        directory.importFile(csv("id,name,industries\nCM1,Mark Hangars Ltd,Zeppelin Hangars\n"), ImportFormat.CSV);
        String imported = repository.changeMark();
        assertThat(imported).isNotEqualTo(before);
        // a merged spelling changes no partner row's count or update time, but what the caches hold (tiers, values)
        assertThat(repository.renameValue(Facet.INDUSTRY, "Zeppelin Hangars", "Airship Hangars")).containsExactly("CM1");
        String renamed = repository.changeMark();
        assertThat(renamed).isNotEqualTo(imported);
        assertThat(repository.renameValue(Facet.INDUSTRY, "No Such Industry", "Airship Hangars")).isEmpty();
        assertThat(repository.changeMark()).as("a rename that changed nothing").isEqualTo(renamed);

        assertThat(directory.delete("CM1")).isTrue();
        String deleted = repository.changeMark();
        assertThat(deleted).isNotEqualTo(renamed);
        assertThat(directory.delete("CM1")).isFalse();
        assertThat(repository.changeMark()).isEqualTo(deleted);
    }

    @Test
    void reimportUpdatesInPlaceAndJsonLinesRejectsOnlyTheBrokenLine() {
        String jsonl = """
                {"id": "J1", "name": "Kaito Systems KK", "countries": ["Japan"], "languages": ["ja", "English"], "tier": "Silver"}
                {"id": "J2", "name": broken json
                {"id": "J1", "name": "Kaito Systems KK", "countries": ["JP"], "tier": "Gold"}
                {"id": "J3", "name": "Osaka Flow", "satisfaction": 9}
                """;
        ImportReport report = directory.importFile(csv(jsonl), ImportFormat.JSONL);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(2L, 3L, 4L);
        assertThat(report.rejected().get(1).reason()).contains("duplicate id");
        assertThat(report.rejected().get(2).reason()).contains("satisfaction");

        ImportReport again = directory.importFile(csv("{\"id\": \"J1\", \"name\": \"Kaito Systems KK\", \"tier\": \"Gold\"}"),
                ImportFormat.JSONL);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(directory.find("J1").orElseThrow().tier()).isEqualTo("Gold");
        assertThat(directory.find("J1").orElseThrow().values(Facet.COUNTRY)).isEmpty();
    }

    @Test
    void partnersWithoutATierRankWithoutError() {
        // T2 and T3 match nothing and have the same boost, so their order falls through to the tier: none
        directory.importFile(csv("id,name,description\nT1,Tierless One Ltd,Quokka migrations\n"
                + "T2,Tierless Two Ltd,Wombat audits\nT3,Tierless Three Ltd,Wombat audits\n"), ImportFormat.CSV);
        var response = partnerSearch.search(new PartnerSearch.Query("Quokka migrations", Constraints.NONE, 50,
                RetrievalMode.KEYWORD));
        List<String> ids = response.results().stream().map(PartnerSearch.Result::partnerId).toList();
        assertThat(ids.get(0)).isEqualTo("T1");
        assertThat(ids).contains("T2", "T3");
        assertThat(ids.indexOf("T2")).isLessThan(ids.indexOf("T3")); // then by id
    }

    @Test
    void brokenCsvQuotingSkipsOnlyItsRowAndAMissingIdColumnRejectsTheFile() {
        String broken = "id,name,tier\nQ1,Quote Fine Ltd,Gold\nQ2,\"Unclosed quote Ltd,Gold\nQ3,Still Read,Silver\n"
                + "Q4,\"Closed\" then text Ltd,Gold\nQ5,After Both Ltd,Gold\n";
        ImportReport report = directory.importFile(csv(broken), ImportFormat.CSV);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(directory.find("Q1")).isPresent();
        assertThat(directory.find("Q3").orElseThrow().name()).isEqualTo("Still Read");
        assertThat(directory.find("Q5")).isPresent();
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(3L, 5L);
        assertThat(report.rejected()).allSatisfy(r -> assertThat(r.reason()).contains("Malformed CSV on this line"));

        assertThatThrownBy(() -> directory.importFile(csv("name,tier\nX,Gold\n"), ImportFormat.CSV))
                .isInstanceOf(InvalidImportFileException.class).hasMessageContaining("'id'");
    }

    @Test
    void pdfChunksCiteTheirPageAndReuploadIsIdempotent() {
        byte[] pdf = TestFiles.pdf(List.of(List.of("Page one talks about onboarding."),
                List.of("Page two: the rollout finished 11 weeks early at Vireo Bank.")));
        var first = ingestor.ingest(new DocumentIngestor.Upload(pdf, "vireo.pdf", DocumentKind.CASE_STUDY, "K5", null));
        var second = ingestor.ingest(new DocumentIngestor.Upload(pdf, "copy.pdf", DocumentKind.CASE_STUDY, "K5", null));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.document().id()).isEqualTo(first.document().id());
        assertThat(first.document().chunkCount()).isEqualTo(2);
        assertThat(first.document().mediaType()).isEqualTo("application/pdf");

        var hits = chunkSearch.search("rollout finished weeks early Vireo Bank", 3, Scope.ALL, RetrievalMode.HYBRID);
        assertThat(hits.get(0).document().id()).isEqualTo(first.document().id());
        assertThat(hits.get(0).chunk().locator()).isEqualTo("page 2");
    }

    @Test
    void numberedHeadingsInAPdfBecomeTheSectionOfTheChunksBelowThem() {
        byte[] pdf = TestFiles.pdf(List.of(List.of("2.4 The MDF process: request, approve, claim",
                "4. Claim. The partner submits a claim within 45 days after the activity ends.")));
        var doc = ingestor.ingest(new DocumentIngestor.Upload(pdf, "mdf.pdf", DocumentKind.PROGRAM_DOC, null, null));

        var chunk = documents.chunks(List.of(doc.document().id() + ":0")).values().iterator().next();
        assertThat(chunk.locator()).isEqualTo("page 1 · 2.4 The MDF process: request, approve, claim");
        assertThat(chunk.text()).startsWith("4. Claim.");
    }

    @Test
    void theFactsOfMoreStoriesThanOneQueryTakesAreAllRead() {
        byte[] md = "# Tidewater at Puerto Austral\n\nCompany: Puerto Austral S.A.\n\nLocation: Valparaíso, Chile\n\nThe port moved its gates to the cloud.\n"
                .getBytes(StandardCharsets.UTF_8);
        String story = ingestor.ingest(new DocumentIngestor.Upload(md, "austral.md", DocumentKind.CASE_STUDY, "K3", null)).document().id();
        // more ids than PostgreSQL's 65,535 bind parameters, the story's among them near the end
        List<String> ids = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 70_000).mapToObj(i -> "none-" + i).toList());
        ids.add(69_990, story);

        var facets = documents.facets(ids);

        assertThat(facets).containsOnlyKeys(story);
        assertThat(StoryFacts.of(facets.get(story)).customer()).isEqualTo("Puerto Austral S.A.");
        assertThat(StoryFacts.of(facets.get(story)).country()).isEqualTo("CL");
    }

    @Test
    void docxHtmlAndMarkdownKeepTheirSectionsAndTheTypeIsSniffedNotTakenFromTheName() {
        byte[] docx = TestFiles.docx(List.of("# Challenge", "Spreadsheets everywhere at Halden Energy.",
                "# Results", "Halden cut reporting time by 62 percent."));
        var doc = ingestor.ingest(new DocumentIngestor.Upload(docx, "halden.txt", DocumentKind.CASE_STUDY, "K2", null));
        assertThat(doc.document().mediaType()).contains("wordprocessingml");
        assertThat(documents.chunks(List.of(doc.document().id() + ":1")).values())
                .singleElement().satisfies(c -> assertThat(c.locator()).isEqualTo("Results"));

        byte[] html = "<html><head><title>Pilot</title></head><body><h1>Pilot at Ostwind</h1><p>Ostwind wind farms adopted dashboards.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        var page = ingestor.ingest(new DocumentIngestor.Upload(html, "ostwind.bin", DocumentKind.COLLATERAL, null, null));
        assertThat(page.document().mediaType()).isEqualTo("text/html");
        assertThat(page.document().title()).isEqualTo("Pilot");

        byte[] md = "# Deal registration\n\nRegister a deal in the portal.\n\n## Protection\n\nApproved registrations are protected for **90 days**.\n"
                .getBytes(StandardCharsets.UTF_8);
        var guide = ingestor.ingest(new DocumentIngestor.Upload(md, "guide.md", DocumentKind.PROGRAM_DOC, null, null));
        assertThat(guide.document().title()).isEqualTo("Deal registration");
        var hits = chunkSearch.search("how long is a registration protected", 1, Scope.kinds(List.of("program_doc")),
                RetrievalMode.HYBRID);
        assertThat(hits.get(0).chunk().locator()).isEqualTo("Protection");
        assertThat(hits.get(0).chunk().text()).isEqualTo("Approved registrations are protected for 90 days.");
    }

    @Test
    void presentationsCiteTheirSlide() {
        byte[] pptx = TestFiles.pptx(List.of("Nordlicht Logistics: the starting point", "Dispatch planning dropped from 5 days to 2"));
        var deck = ingestor.ingest(new DocumentIngestor.Upload(pptx, "deck.bin", DocumentKind.COLLATERAL, "K2", null));

        assertThat(deck.document().mediaType()).contains("presentationml");
        var hit = chunkSearch.search("dispatch planning days", 1, Scope.ALL, RetrievalMode.KEYWORD).get(0);
        assertThat(hit.document().id()).isEqualTo(deck.document().id());
        assertThat(hit.chunk().locator()).isEqualTo("slide 2");
    }

    @Test
    void badFilesGetClearErrorsAndCorruptOnesAreRecordedAsFailed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> ingestor.ingest(new DocumentIngestor.Upload(png, "story.pdf", DocumentKind.CASE_STUDY, null, null)))
                .isInstanceOf(UnsupportedDocumentException.class).hasMessageContaining("image/png");
        assertThatThrownBy(() -> ingestor.ingest(new DocumentIngestor.Upload(new byte[0], "e.txt", DocumentKind.CASE_STUDY, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ingestor.ingest(new DocumentIngestor.Upload("x".getBytes(), "e.txt", DocumentKind.CASE_STUDY, "NOPE", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");

        byte[] pdf = TestFiles.pdf(List.of(List.of("Soon to be truncated text about a cement plant.")));
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        assertThatThrownBy(() -> ingestor.ingest(new DocumentIngestor.Upload(truncated, "t.pdf", DocumentKind.CASE_STUDY, null, null)))
                .isInstanceOfSatisfying(IndexingFailedException.class, e -> {
                    assertThat(e.document().status()).isEqualTo(Document.Status.FAILED);
                    assertThat(documents.find(e.document().id()).orElseThrow().error()).isNotBlank();
                });
    }

    @Test
    void replaceReindexesAndDeleteRemovesEveryChunk() {
        var doc = ingestor.ingest(new DocumentIngestor.Upload("Zephyr Mills automated purchase approvals.".getBytes(),
                "zephyr.txt", DocumentKind.CASE_STUDY, "K2", "Zephyr")).document();
        int vectorsBefore = vectors.size();
        ingestor.replace(doc.id(), new DocumentIngestor.Upload("Quorra Foods digitised quality audits.".getBytes(),
                "quorra.txt", DocumentKind.CASE_STUDY, "K2", "Quorra"));

        assertThat(vectors.size()).isEqualTo(vectorsBefore);
        var keyword = chunkSearch.search("Zephyr purchase approvals", 5, Scope.ALL, RetrievalMode.KEYWORD);
        assertThat(keyword).noneMatch(h -> h.document().id().equals(doc.id()));
        assertThat(chunkSearch.search("Quorra quality audits", 1, Scope.ALL, RetrievalMode.KEYWORD).get(0).document().title())
                .isEqualTo("Quorra");

        assertThat(ingestor.delete(doc.id())).isTrue();
        assertThat(vectors.size()).isEqualTo(vectorsBefore - 1);
        assertThat(documents.find(doc.id())).isEmpty();
        assertThat(chunkSearch.search("Quorra quality audits", 5, Scope.ALL, RetrievalMode.HYBRID))
                .noneMatch(h -> h.document().id().equals(doc.id()));
    }

    @Test
    void partnerSearchAppliesTheConstraintsItReadsAndExplainsEachOne() {
        var response = partnerSearch.search(new PartnerSearch.Query(
                "German-speaking PMO partner for a car-parts maker", Constraints.NONE, 5, RetrievalMode.HYBRID));

        assertThat(response.understood().byFacet()).containsEntry(Facet.LANGUAGE, Set.of("de"))
                .containsEntry(Facet.INDUSTRY, Set.of("Automotive"));
        // K3 meets everything but is inactive
        assertThat(response.results()).extracting(PartnerSearch.Result::partnerId).containsExactly("K1");
        var reasons = response.results().get(0).reasons();
        assertThat(reasons).extracting(PartnerSearch.Reason::criterion).contains("languages", "industries", "specializations");
        assertThat(reasons).anySatisfy(r -> assertThat(r.explanation()).isEqualTo("Speaks German"));
        assertThat(response.results().get(0).evidence().get(0).title()).isEqualTo("Kessler Autoteile builds a PMO");
    }

    @Test
    void noMatchNamesTheConstraintThatCannotBeMetAndOffersLabelledAlternatives() {
        var response = partnerSearch.search(new PartnerSearch.Query("French-speaking partner for car makers",
                Constraints.NONE, 5, RetrievalMode.HYBRID));

        assertThat(response.results()).isEmpty();
        assertThat(response.unmet()).extracting(PartnerSearch.Unmet::constraint).contains("languages", "industries");
        assertThat(response.alternatives()).isNotEmpty();
    }

    @Test
    void explicitFiltersCombineWithTheQueryAndInactivePartnersAppearOnlyWhenAsked() {
        var filters = new Constraints(Map.of(Facet.INTEGRATION, Set.of("SAP S/4HANA")), List.of(), true);
        var response = partnerSearch.search(new PartnerSearch.Query("automotive PMO", filters, 5, RetrievalMode.HYBRID));
        assertThat(response.results()).extracting(PartnerSearch.Result::partnerId).containsExactly("K3");
        var active = partnerSearch.search(new PartnerSearch.Query("automotive PMO",
                new Constraints(Map.of(Facet.INTEGRATION, Set.of("SAP S/4HANA")), List.of(), false), 5, RetrievalMode.HYBRID));
        assertThat(active.results()).isEmpty();
    }

    @Test
    void aStoryPagesFactsAreStoredAndSearchableAndItsTableRowsKeepTheirHeaders() {
        String page = """
                ---
                title: Brauhaus Lindner Case Study
                case_study_details:
                  - Company: Brauhaus Lindner
                  - Location: Regensburg, Germany
                  - Industry: Food and Beverage
                partner: Bergmann Digital
                ---
                <h2>Impact</h2>
                <p>Lindner now plans its fermentation tanks a week ahead.</p>
                {{< case-studies/quote author="Eva Lindner" >}}"We brew to plan now."{{< /case-studies/quote >}}
                <h2>Costs</h2>
                <table><tr><th>Plan</th><th>Seats</th><th>Monthly fee</th></tr>
                <tr><td>Starter</td><td>10</td><td>EUR 400</td></tr><tr><td>Growth</td><td>50</td><td>EUR 1,500</td></tr></table>
                """;
        var story = ingestor.ingest(new DocumentIngestor.Upload(page.getBytes(StandardCharsets.UTF_8), "lindner.html",
                DocumentKind.CASE_STUDY, "K1", null)).document();

        assertThat(story.mediaType()).isEqualTo("text/html");
        assertThat(story.title()).isEqualTo("Brauhaus Lindner Case Study");
        var facts = documents.storyFacts(story.id());
        assertThat(facts.customer()).isEqualTo("Brauhaus Lindner");
        assertThat(facts.country()).isEqualTo("DE");
        assertThat(facts.location()).isEqualTo("Regensburg, Germany");
        assertThat(facts.industryAsWritten()).isEqualTo("Food and Beverage");
        assertThat(facts.partner()).isEqualTo("Bergmann Digital");
        assertThat(story.partnerId()).isEqualTo("K1"); // the upload's partner stays the authority

        var chunks = documents.chunksOf(story.id());
        assertThat(chunks).extracting(c -> c.text()).noneMatch(t -> t.contains("{{") || t.contains("case_study_details"))
                .anyMatch(t -> t.contains("\"We brew to plan now.\""));
        assertThat(chunks).filteredOn(c -> c.tableRow()).extracting(c -> c.text())
                .containsExactly("Plan: Starter | Seats: 10 | Monthly fee: EUR 400", "Plan: Growth | Seats: 50 | Monthly fee: EUR 1,500");
        assertThat(chunks).filteredOn(c -> c.tableRow()).allSatisfy(c -> {
            assertThat(c.tableHeaders()).isEqualTo("Plan | Seats | Monthly fee");
            assertThat(c.locator()).isEqualTo("Costs");
        });

        // a question that describes the customer finds the story by its facts
        var hits = chunkSearch.search("a brewery in Regensburg", 3, Scope.kinds(List.of("case_study")), RetrievalMode.KEYWORD);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).document().id()).isEqualTo(story.id());
        assertThat(chunkSearch.search("monthly fee of the Growth plan", 1, Scope.ALL, RetrievalMode.KEYWORD).get(0).chunk().text())
                .isEqualTo("Plan: Growth | Seats: 50 | Monthly fee: EUR 1,500");
    }
}
