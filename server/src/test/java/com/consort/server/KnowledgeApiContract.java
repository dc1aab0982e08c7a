package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The knowledge endpoints over HTTP, with their roles and errors; run on both set-ups. */
abstract class KnowledgeApiContract extends ServerContract {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,integrations,description,status,satisfaction
            A1,Bergmann Digital GmbH,SI,Gold,DACH,Germany;Austria,German;English,Automotive,PMO Center of Excellence,Jira,PMO for car-parts suppliers.,active,4.6
            A2,Lumen Conseil SAS,Consulting Partner,Silver,EMEA,France,French,Healthcare,Workflow Automation,ServiceNow,Hospital workflows.,active,4.1
            A3,<script>alert(1)</script> Ltd,Reseller,Registered,NA,United States,English,Retail,Training & Adoption,,Stores.,active,3.5
            ,No id,Reseller,Gold,,,,,,,,,
            """;

    String marketing;
    String seller;

    @BeforeEach
    void keysAndDirectory() throws Exception {
        marketing = createKey("MARKETING", null);
        seller = createKey("SELLER", null);
        Response imported = upload("/api/partners/import", marketing, "file", "partners.csv",
                PARTNERS.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(200);
    }

    @Test
    void importReportsEachRejectedRowAndReimportUpdates() throws Exception {
        Response again = upload("/api/partners/import", marketing, "file", "partners.csv", PARTNERS.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("updated").asInt()).isEqualTo(3);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("rejected").get(0).get("line").asInt()).isEqualTo(5);
        assertThat(again.json().get("rejected").get(0).get("reason").asString()).contains("id is required");

        Response noIdColumn = upload("/api/partners/import", marketing, "file", "p.csv", "name\nX\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noIdColumn.status()).isEqualTo(400);
        assertThat(noIdColumn.contentType()).startsWith("application/problem+json");
    }

    @Test
    void partnersCanBeReadListedByFacetAndDeleted() throws Exception {
        Response partner = call("GET", "/api/partners/A1", seller, null);
        assertThat(partner.json().get("countries").toString()).isEqualTo("[\"DE\",\"AT\"]");
        // kept as the directory writes it: no vocabulary renames a value into a word the data does not use
        assertThat(partner.json().get("type").asString()).isEqualTo("SI");

        Response german = call("GET", "/api/partners?languages=German", seller, null);
        assertThat(german.json().get("total").asInt()).isEqualTo(1);
        assertThat(german.json().get("items").get(0).get("id").asString()).isEqualTo("A1");

        assertThat(call("DELETE", "/api/partners/A3", seller, null).status()).isEqualTo(403);
        assertThat(call("DELETE", "/api/partners/A3", marketing, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/partners/A3", seller, null).status()).isEqualTo(404);
    }

    @Test
    void searchUnderstandsTheQueryAndExplainsTheShortlist() throws Exception {
        Response found = call("POST", "/api/partners/search", seller,
                "{\"query\":\"German-speaking PMO experts for a car-parts maker\",\"limit\":5}");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("understood").get("languages").toString()).isEqualTo("[\"de\"]");
        assertThat(found.json().get("results")).hasSize(1);
        assertThat(found.json().get("results").get(0).get("partnerId").asString()).isEqualTo("A1");
        assertThat(found.json().get("results").get(0).get("reasons").toString()).contains("Speaks German");

        Response none = call("POST", "/api/partners/search", seller, "{\"query\":\"French-speaking partner for car makers\"}");
        assertThat(none.json().get("results")).isEmpty();
        assertThat(none.json().get("unmet").toString()).contains("languages");

        Response filtered = call("POST", "/api/partners/search", seller,
                "{\"query\":\"workflow automation\",\"filters\":{\"countries\":[\"France\"]}}");
        assertThat(filtered.json().get("results").get(0).get("partnerId").asString()).isEqualTo("A2");

        assertThat(call("POST", "/api/partners/search", seller, "{\"query\":\"\"}").status()).isEqualTo(400);
        Response badFilter = call("POST", "/api/partners/search", seller, "{\"query\":\"x\",\"filters\":{\"shoeSize\":[\"9\"]}}");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.json().get("detail").asString()).contains("shoeSize");
    }

    /** The vendor's taxonomy on this storage set-up: stored, applied to the next search, merged, exported, audited. */
    @Test
    void theVendorsTaxonomyIsStoredAppliedMergedAndAudited() throws Exception {
        String original = taxonomyYaml("GET", null).body();
        try {
            String question = "{\"query\":\"K7 accounts in Germany\"}";
            assertThat(call("POST", "/api/partners/search", seller, question).json().get("understood").has("industries")).isFalse();
            assertThat(call("POST", "/api/admin/taxonomy/synonyms", ADMIN_KEY,
                    "{\"facet\":\"industries\",\"phrase\":\"K7 accounts\",\"value\":\"Automotive\"}").status()).isEqualTo(200);
            assertThat(call("POST", "/api/partners/search", seller, question).json().get("understood").get("industries").toString())
                    .isEqualTo("[\"Automotive\"]");

            assertThat(upload("/api/partners/import", marketing, "file", "p.csv", ("id,name,industries,status\n"
                    + "A9,Auto Ninth,Auto Industry;Retail,inactive\n").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
            Response merged = call("POST", "/api/admin/taxonomy/merges", ADMIN_KEY,
                    "{\"facet\":\"industries\",\"from\":\"Auto Industry\",\"into\":\"Automotive\"}");
            assertThat(merged.status()).as(merged.body()).isEqualTo(200);
            assertThat(merged.json().get("partnersUpdated").toString()).isEqualTo("[\"A9\"]");
            assertThat(call("GET", "/api/partners/A9", seller, null).json().get("industries").toString()).isEqualTo("[\"Automotive\",\"Retail\"]");

            Response export = taxonomyYaml("GET", null);
            assertThat(export.body()).contains("Automotive:").contains("K7 accounts").contains("Auto Industry");
            assertThat(taxonomyYaml("PUT", export.body()).status()).isEqualTo(200);
            Response bad = taxonomyYaml("PUT", "industries: [unclosed");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(taxonomyYaml("GET", null).body()).isEqualTo(export.body());
            assertThat(call("GET", "/api/admin/taxonomy", seller, null).status()).isEqualTo(403);
            String actions = call("GET", "/api/admin/audit?action=taxonomy&size=100", ADMIN_KEY, null).body();
            assertThat(actions).contains("taxonomy.synonym-added").contains("taxonomy.merged").contains("taxonomy.imported");
        } finally {
            call("DELETE", "/api/partners/A9", marketing, null);
            assertThat(taxonomyYaml("PUT", original).status()).isEqualTo(200);
        }
    }

    private Response taxonomyYaml(String method, String yaml) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/admin/taxonomy/yaml"))
                .method(method, yaml == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(yaml))
                .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/yaml");
        var response = java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @Test
    void aStorysFactsAreOnItsDocument() throws Exception {
        byte[] page = """
                ---
                title: Ostwerk Case Study
                case_study_details:
                  - Company: Ostwerk Logistik
                  - Location: Leipzig, Germany
                  - Industry: Logistics
                ---
                <h2>Impact</h2><p>Ostwerk routes its trucks in minutes.</p>
                """.getBytes(StandardCharsets.UTF_8);
        Response created = upload("/api/documents", marketing, "file", "ostwerk.html", page, "kind", "case_study");
        assertThat(created.status()).isEqualTo(201);
        var facts = call("GET", "/api/documents/" + created.json().get("id").asString(), seller, null).json().get("facts");
        assertThat(facts.get("customer").asString()).isEqualTo("Ostwerk Logistik");
        assertThat(facts.get("country").asString()).isEqualTo("DE");
        assertThat(facts.get("industryAsWritten").asString()).isEqualTo("Logistics");
        assertThat(created.json().get("title").asString()).isEqualTo("Ostwerk Case Study");
        assertThat(call("GET", "/api/documents?kind=case_study", seller, null).json().toString()).contains("Ostwerk Logistik");
    }

    @Test
    void documentsAreUploadedIdempotentlySearchedAndDeleted() throws Exception {
        byte[] story = "# Kessler Autoteile\n\n## Results\n\nBergmann's PMO cut project overruns by 38 percent.\n"
                .getBytes(StandardCharsets.UTF_8);
        Response created = upload("/api/documents", marketing, "file", "kessler.md", story, "kind", "case_study", "partnerId", "A1");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("chunkCount").asInt()).isEqualTo(1);
        assertThat(upload("/api/documents", marketing, "file", "again.md", story, "kind", "case_study").status()).isEqualTo(200);

        Response hits = call("POST", "/api/knowledge/search", seller, "{\"query\":\"project overruns\",\"limit\":3}");
        assertThat(hits.json().get(0).get("documentId").asString()).isEqualTo(id);
        assertThat(hits.json().get(0).get("locator").asString()).isEqualTo("Results");
        assertThat(hits.json().get(0).has("documentUpdatedAt")).isTrue();

        assertThat(call("GET", "/api/documents/" + id, seller, null).json().get("status").asString()).isEqualTo("indexed");
        assertThat(upload("/api/documents", seller, "file", "x.md", story, "kind", "case_study").status()).isEqualTo(403);
        assertThat(call("DELETE", "/api/documents/" + id, marketing, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/documents/" + id, seller, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/knowledge/search", seller, "{\"query\":\"project overruns\"}").json().toString())
                .doesNotContain(id);
    }

    @Test
    void replacingADocumentReindexesItAndDuplicateContentIsAConflict() throws Exception {
        byte[] first = "Aurora Mills moved 12 plants onto Orbitly.".getBytes(StandardCharsets.UTF_8);
        byte[] second = "Borealis Foods automated 40 quality checks.".getBytes(StandardCharsets.UTF_8);
        String a = upload("/api/documents", marketing, "file", "a.txt", first, "kind", "case_study").json().get("id").asString();
        String b = upload("/api/documents", marketing, "file", "b.txt", second, "kind", "case_study").json().get("id").asString();

        Response conflict = multipart("PUT", "/api/documents/" + b, marketing, "file", "b.txt", first, "kind", "case_study");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asString()).contains(a);

        byte[] third = "Cirrus Labs cut onboarding from 10 days to 3.".getBytes(StandardCharsets.UTF_8);
        Response replaced = multipart("PUT", "/api/documents/" + b, marketing, "file", "c.txt", third, "kind", "case_study");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("id").asString()).isEqualTo(b);
        Response hits = call("POST", "/api/knowledge/search", seller, "{\"query\":\"Cirrus onboarding\",\"mode\":\"KEYWORD\"}");
        assertThat(hits.json().get(0).get("documentId").asString()).isEqualTo(b);
        assertThat(call("POST", "/api/knowledge/search", seller, "{\"query\":\"Borealis quality checks\",\"mode\":\"KEYWORD\"}")
                .body()).doesNotContain(b);
    }

    @Test
    void badUploadsGetClearProblems() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Response image = upload("/api/documents", marketing, "file", "story.pdf", png, "kind", "case_study");
        assertThat(image.status()).isEqualTo(415);
        assertThat(image.json().get("detail").asString()).contains("image/png");

        Response corrupt = upload("/api/documents", marketing, "file", "story.pdf", "%PDF-1.7\n1 0 obj <<".getBytes(),
                "kind", "case_study");
        assertThat(corrupt.status()).isEqualTo(422);
        String failedId = corrupt.json().get("documentId").asString();
        assertThat(call("GET", "/api/documents/" + failedId, marketing, null).json().get("status").asString()).isEqualTo("failed");

        assertThat(upload("/api/documents", marketing, "file", "a.md", "text".getBytes(), "kind", "poster").status()).isEqualTo(400);
        assertThat(upload("/api/documents", marketing, "file", "a.md", "text".getBytes(), "kind", "case_study",
                "partnerId", "NOPE").status()).isEqualTo(400);
    }

    @Test
    void aPartnerKeySeesOnlyItsOwnDirectoryEntry() throws Exception {
        String partner = createKey("PARTNER", "A1");
        assertThat(call("GET", "/api/partners/A1", partner, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/partners/A2", partner, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/partners", partner, null).status()).isEqualTo(403);
        assertThat(call("POST", "/api/partners/search", partner, "{\"query\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void markupInDataIsReturnedAsPlainJsonText() throws Exception {
        Response partner = call("GET", "/api/partners/A3", seller, null);
        assertThat(partner.contentType()).startsWith("application/json");
        assertThat(partner.json().get("name").asString()).isEqualTo("<script>alert(1)</script> Ltd");
    }

    static byte[] zip(java.util.Map<String, String> entries) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.consort.server.bulk.ImportJobs importJobs;

    @Test
    void aJobLeftRunningByAnInstanceThatDiedEndsFailedWithTheReason() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        var longAgo = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(10)));
        jdbc.sql("""
                INSERT INTO import_job (id, state, phase, done, total, instance, created_at, started_at, heartbeat_at)
                VALUES (?, 'RUNNING', 'documents', 3, 10, '4242@gone-host/dead', ?, ?, ?)""")
                .params(id, longAgo, longAgo, longAgo).update();
        assertThat(call("GET", "/api/admin/import-jobs/" + id, ADMIN_KEY, null).json().get("state").asString()).isEqualTo("RUNNING");

        importJobs.watch();

        Response status = call("GET", "/api/admin/import-jobs/" + id, ADMIN_KEY, null);
        assertThat(status.json().get("state").asString()).isEqualTo("FAILED");
        assertThat(status.json().get("error").asString()).contains("4242@gone-host/dead").contains("stopped before it ended")
                .contains("upload the same bundle again");
        assertThat(status.json().get("finishedAt").isNull()).isFalse();
    }

    @Test
    void anAdminRunsABulkImportJobAndPollsItsProgress() throws Exception {
        byte[] bundle = zip(java.util.Map.of(
                "partners.csv", "id,name,tier\nB1,Bulk One Ltd,Gold\nB2,Bulk Two Ltd,Diamond\n",
                "documents/documents.csv", "file,kind,partnerId,title\nstory.md,case_study,B1,Bulk story\nmissing.pdf,case_study,B1,\n",
                "documents/story.md", "# Bulk story\n\nB1 moved 40 projects onto Orbitly in six weeks.\n"));
        Response started = upload("/api/admin/import-jobs", ADMIN_KEY, "bundle", "bundle.zip", bundle);
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();

        Response status = null;
        for (int i = 0; i < 100; i++) {
            status = call("GET", "/api/admin/import-jobs/" + id, ADMIN_KEY, null);
            if (status.json().get("state").asString().matches("SUCCEEDED|FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(status.json().get("state").asString()).isEqualTo("SUCCEEDED");
        var summary = status.json().get("summary");
        // every row is kept: a tier no vocabulary knows is the directory's own
        assertThat(summary.get("partners").get("imported").asInt()).isEqualTo(2);
        assertThat(summary.get("partners").get("rejected")).isEmpty();
        assertThat(call("GET", "/api/partners/B2", seller, null).json().get("tier").asString()).isEqualTo("Diamond");
        assertThat(summary.get("documentsIndexed").asInt()).isEqualTo(1);
        assertThat(summary.get("failures").get(0).get("file").asString()).isEqualTo("missing.pdf");
        assertThat(call("GET", "/api/partners/B1", seller, null).status()).isEqualTo(200);

        assertThat(upload("/api/admin/import-jobs", marketing, "bundle", "bundle.zip", bundle).status()).isEqualTo(403);
        Response slip = upload("/api/admin/import-jobs", ADMIN_KEY, "bundle", "evil.zip",
                zip(java.util.Map.of("../../evil.csv", "id,name\nX,Y\n")));
        assertThat(slip.status()).isEqualTo(400);
        assertThat(slip.json().get("detail").asString()).contains("outside");
        assertThat(upload("/api/admin/import-jobs", ADMIN_KEY, "bundle", "not.zip", "hello".getBytes()).status()).isEqualTo(400);
    }
}
