package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus against the knowledge endpoints, on both set-ups: every file, field and filter
 * either gets a clear 4xx problem+json or is kept and searched as plain data, and nothing else is lost.
 */
abstract class KnowledgeBadInputContract extends KnowledgeApiContract {

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE partner; --",
            "\"); DELETE FROM document; --", "1; UPDATE partner SET name = 'x' --", "%' OR 1=1 --",
            "' UNION SELECT key_hash FROM api_key --", "a & b | !c :* (d) <-> e", "\\'; SELECT pg_sleep(5); --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7} {{7*7}} <#assign x=1>");

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** A story unique to this call, so that idempotent upload never answers with an earlier test's document. */
    private String goodStory(String marker) throws Exception {
        byte[] story = ("# " + marker + " story\n\nThe " + marker + " team moved 40 projects onto Orbitly.\n")
                .getBytes(StandardCharsets.UTF_8);
        Response created = upload("/api/documents", marketing, "file", marker + ".md", story, "kind", "case_study");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void corruptAndTruncatedPdfAndDocxAreRefusedAndNothingElseIsLost() throws Exception {
        String keep = goodStory("Quillfeather");
        int chunksBefore = count("SELECT count(*) FROM chunk");
        byte[] pdf = TestFiles.pdf(List.of(List.of("Truncated tale of the Zephyrine roll-out, page one."),
                List.of("Page two of the Zephyrine roll-out.")));
        byte[] docx = TestFiles.docx(List.of("Zephyrine DOCX story, first paragraph.", "Second paragraph."));
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        corpus.put("corrupt.pdf", concat("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n".getBytes(), garbage));
        corpus.put("truncated.docx", Arrays.copyOf(docx, docx.length / 2));
        corpus.put("corrupt.docx", replaceEntry(docx, "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p"
                        .getBytes(StandardCharsets.UTF_8)));

        for (var file : corpus.entrySet()) {
            Response response = upload("/api/documents", marketing, "file", file.getKey(), file.getValue(), "kind", "case_study");
            assertThat(response.status()).as(file.getKey() + ": " + response.body()).isIn(415, 422);
            assertProblem(response, response.status());
            if (response.status() == 422) { // the failure is kept on a document without chunks
                String id = response.json().get("documentId").asString();
                Response failed = call("GET", "/api/documents/" + id, marketing, null);
                assertThat(failed.json().get("status").asString()).isEqualTo("failed");
                assertThat(failed.json().get("error").asString()).isNotBlank();
                assertThat(count("SELECT count(*) FROM chunk WHERE document_id = '" + id + "'")).isZero();
            }
        }
        assertThat(count("SELECT count(*) FROM chunk")).isEqualTo(chunksBefore);
        assertThat(call("GET", "/api/documents/" + keep, marketing, null).json().get("status").asString()).isEqualTo("indexed");
        Response hits = call("POST", "/api/knowledge/search", seller, "{\"query\":\"Quillfeather projects\",\"mode\":\"KEYWORD\"}");
        assertThat(hits.json().get(0).get("documentId").asString()).isEqualTo(keep);
    }

    @Test
    void aZipBombInsideADocxIsRefusedQuickly() throws Exception {
        // 64 MB of text in one run, about 64 KB compressed: inflates about 1000 to 1
        var bomb = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bomb); var in = new ZipInputStream(new java.io.ByteArrayInputStream(
                TestFiles.docx(List.of("placeholder"))))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
                    byte[] block = "Orbitly ".repeat(8192).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 1024; i++) {
                        zip.write(block);
                    }
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(1_000_000);
        long start = System.nanoTime();
        Response response = upload("/api/documents", marketing, "file", "bomb.docx", bomb.toByteArray(), "kind", "case_study");
        assertProblem(response, 422);
        assertThat(response.json().get("detail").asString()).contains("unpacks to far more").doesNotContain("TIKA-")
                .doesNotContain("Exception").doesNotContain("org.apache");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(count("SELECT count(*) FROM chunk WHERE document_id = '" + response.json().get("documentId").asString() + "'")).isZero();
    }

    /** A file that cannot be read is refused in words a person understands, and its failure can be retried or removed. */
    @Test
    void anUnreadableUploadSaysWhyInPlainWordsAndTheListSaysHowToRetryOrRemoveIt() throws Exception {
        byte[] docx = TestFiles.docx(List.of("Plainwords story, first paragraph."));
        byte[] broken = replaceEntry(docx, "word/document.xml", "<w:document".getBytes(StandardCharsets.UTF_8));
        Response refused = upload("/api/documents", marketing, "file", "broken.docx", broken, "kind", "case_study");
        assertProblem(refused, 422);
        String detail = refused.json().get("detail").asString();
        assertThat(detail).contains("could not be read").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]+|@[0-9a-f]{4,}|TIKA-|Exception");
        String id = refused.json().get("documentId").asString();

        Response failed = call("GET", "/api/documents/" + id, marketing, null);
        assertThat(failed.json().get("status").asString()).isEqualTo("failed");
        assertThat(failed.json().get("error").asString()).isEqualTo(detail);
        assertThat(failed.json().get("next").asString()).contains("upload the file").contains("DELETE /api/documents/" + id);
        assertThat(call("GET", "/api/documents?size=500", marketing, null).body()).contains("\"next\":\"Not searchable");

        // retried: uploading it again replaces the failed entry (still failing here), and it can be removed
        Response again = upload("/api/documents", marketing, "file", "broken.docx", broken, "kind", "case_study");
        assertProblem(again, 422);
        assertThat(call("GET", "/api/documents/" + id, marketing, null).status()).isEqualTo(404);
        String retried = again.json().get("documentId").asString();
        assertThat(call("DELETE", "/api/documents/" + retried, marketing, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/documents/" + retried, marketing, null).status()).isEqualTo(404);
    }

    @Test
    void aZipBombBundleIsRefusedBeforeItFillsTheDiskAndTheDirectoryIsUntouched() throws Exception {
        int partnersBefore = count("SELECT count(*) FROM partner");
        var bomb = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("partners.csv"));
            zip.write("id,name\nZB1,Zip Bomb Ltd\n".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) { // 64 MB of blanks
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(1_000_000);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = importFolders(tmp);

        Response response = upload("/api/admin/import-jobs", ADMIN_KEY, "bundle", "bomb.zip", bomb.toByteArray());
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("unpacks to more than");
        assertThat(importFolders(tmp)).isSubsetOf(before); // what was unpacked is gone
        assertThat(count("SELECT count(*) FROM partner")).isEqualTo(partnersBefore);
        assertThat(call("GET", "/api/partners/ZB1", seller, null).status()).isEqualTo(404);
    }

    private static List<Path> importFolders(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("consort-import-")).toList();
        }
    }

    @Test
    void a200MegabyteUploadIsRefusedWhileItStreamsNotAfterItIsBuffered() throws Exception {
        long size = 200L << 20;
        for (boolean declared : new boolean[] {true, false}) {
            RawResponse response = streamUpload(size, declared);
            assertThat(response.status()).as(response.head()).isEqualTo(413);
            assertThat(response.head()).containsIgnoringCase("application/problem+json");
            // refused at the 25 MB limit (plus what the server swallows and the socket buffers), never read to the end
            assertThat(response.bytesSent()).as("declared length: " + declared).isLessThan(64L << 20);
        }
        goodStory("Afterstream"); // and the server takes the next upload as usual
    }

    record RawResponse(int status, String head, long bytesSent) {
    }

    /**
     * A multipart upload of {@code size} generated bytes over a raw socket, sent until the server stops
     * reading; the response is read concurrently, as a browser would. What is being checked: Spring's
     * StandardServletMultipartResolver leaves parsing to Tomcat's Part API, which refuses a declared
     * Content-Length over max-request-size before reading the body, and otherwise counts bytes while
     * streaming each part to a temporary file (file-size-threshold 0) and stops at the limit, so a
     * large upload is never held in memory nor written to disk beyond the limit.
     */
    private RawResponse streamUpload(long size, boolean declaredLength) throws Exception {
        String boundary = "consortbomb";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncase_study\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.md\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    return "";
                }
            });
            String request = "POST /api/documents HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer " + marketing
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nConnection: close\r\n"
                    + (declaredLength ? "Content-Length: " + (head.length + size + tail.length) : "Transfer-Encoding: chunked")
                    + "\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            long sent = 0;
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'a');
            try {
                sent += send(out, head, declaredLength);
                while (sent < size && !reply.isDone()) {
                    sent += send(out, block, declaredLength);
                }
                if (!reply.isDone()) {
                    send(out, tail, declaredLength);
                    if (!declaredLength) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
            } catch (IOException closedByServer) {
                // the server stopped reading and closed the connection: expected for a refused upload
            }
            String response = reply.get(60, TimeUnit.SECONDS);
            assertThat(response).startsWith("HTTP/1.1 ");
            return new RawResponse(Integer.parseInt(response.substring(9, 12)), response, sent);
        }
    }

    private static int send(OutputStream out, byte[] bytes, boolean declaredLength) throws IOException {
        if (!declaredLength) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (!declaredLength) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.length;
    }

    @Test
    void wrongContentTypesGet415AndAMisnamedFileIsReadForWhatItIs() throws Exception {
        assertProblem(call("POST", "/api/documents", marketing, "{\"kind\":\"case_study\"}"), 415);
        assertProblem(call("POST", "/api/partners/import", marketing, "{\"id\":\"X\"}"), 415);
        assertProblem(raw("POST", "/api/partners/search", seller, "text/plain", "Gold partners in DACH"), 415);
        assertProblem(raw("POST", "/api/knowledge/search", seller, "application/xml", "<query>x</query>"), 415);
        assertProblem(raw("POST", "/api/admin/import-jobs", ADMIN_KEY, "application/zip", "PK"), 415);

        // the type is sniffed from the bytes: plain text named .pdf is indexed as text
        Response misnamed = upload("/api/documents", marketing, "file", "story.pdf",
                "The Halvorsen roll-out finished early.".getBytes(StandardCharsets.UTF_8), "kind", "case_study");
        assertThat(misnamed.status()).isEqualTo(201);
        assertThat(misnamed.json().get("mediaType").asString()).isEqualTo("text/plain");
        // and a PDF sent as a partner directory is a file without the required columns
        assertProblem(upload("/api/partners/import", marketing, "file", "partners.csv",
                TestFiles.pdf(List.of(List.of("not a directory")))), 400);
    }

    private Response raw(String method, String path, String key, String contentType, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + key).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @Test
    void csvWithBrokenQuotingAndWrongColumnsImportsEveryGoodRow() throws Exception {
        String csv = """
                id,name,tier,countries
                W1,Wellformed One Ltd,Gold,Germany
                W2,Too Many Ltd,Gold,Germany,surplus,values
                W3,Too Few Ltd
                W4,"Unclosed quote Ltd,Gold,France
                W5,"Closed" and then text Ltd,Gold,France
                W6,Wellformed Six Ltd,Silver,France
                """;
        Response report = upload("/api/partners/import", marketing, "file", "broken.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("imported").asInt() + report.json().get("updated").asInt()).isEqualTo(3);
        List<Integer> lines = new java.util.ArrayList<>();
        report.json().get("rejected").forEach(r -> lines.add(r.get("line").asInt()));
        assertThat(lines).containsExactly(3, 5, 6);
        for (String id : List.of("W1", "W3", "W6")) {
            assertThat(call("GET", "/api/partners/" + id, seller, null).status()).as(id).isEqualTo(200);
        }
        assertThat(call("GET", "/api/partners/W3", seller, null).json().get("tier").isNull()).isTrue();
        assertThat(call("GET", "/api/partners/A1", seller, null).status()).isEqualTo(200); // existing ones stay
    }

    @Test
    void sqlAndHtmlInjectionInEveryFieldAndFilterIsKeptAndSearchedAsData() throws Exception {
        int partners = count("SELECT count(*) FROM partner");
        int documents = count("SELECT count(*) FROM document");
        int keys = count("SELECT count(*) FROM api_key");
        // partner import: every free-text field, and an extra column
        StringBuilder csv = new StringBuilder("id,name,description,website,notes\n");
        for (int i = 0; i < INJECTIONS.size(); i++) {
            csv.append("INJ").append(i).append(',').append(quote(INJECTIONS.get(i) + " Ltd")).append(',')
                    .append(quote(INJECTIONS.get(i))).append(',').append(quote(INJECTIONS.get(i))).append(',')
                    .append(quote(INJECTIONS.get(i))).append('\n');
        }
        Response imported = upload("/api/partners/import", marketing, "file", "inj.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("rejected").size()).isZero();
        for (int i = 0; i < INJECTIONS.size(); i++) {
            String payload = INJECTIONS.get(i);
            Response partner = call("GET", "/api/partners/INJ" + i, seller, null);
            assertThat(partner.contentType()).startsWith("application/json");
            assertThat(partner.json().get("name").asString()).isEqualTo(payload + " Ltd");
            assertThat(partner.json().get("description").asString()).isEqualTo(payload);
            assertThat(partner.json().get("extra").get("notes").asString()).isEqualTo(payload);
        }
        // an id that is itself an injection is rejected as an invalid id, not run
        Response badId = upload("/api/partners/import", marketing, "file", "id.csv",
                ("id,name\n" + quote("x' OR '1'='1") + ",Bad Id Ltd\n").getBytes(StandardCharsets.UTF_8));
        assertThat(badId.json().get("rejected").get(0).get("reason").asString()).contains("id must be");

        // document title and partner id
        String title = INJECTIONS.get(1) + " " + INJECTIONS.get(8);
        Response doc = upload("/api/documents", marketing, "file", "inj.md",
                ("# Injection story\n\nThe Marrowind team " + INJECTIONS.get(2) + " moved to Orbitly.\n").getBytes(StandardCharsets.UTF_8),
                "kind", "case_study", "title", title);
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        assertThat(call("GET", "/api/documents/" + doc.json().get("id").asString(), marketing, null).json().get("title").asString())
                .isEqualTo(title);
        assertProblem(upload("/api/documents", marketing, "file", "x.md", "Text.".getBytes(), "kind", "case_study",
                "partnerId", INJECTIONS.get(0)), 400);

        for (String payload : INJECTIONS) {
            String json = jsonString(payload);
            // search queries
            Response partnerSearch = call("POST", "/api/partners/search", seller, "{\"query\":" + json + "}");
            assertThat(partnerSearch.status()).as(payload + ": " + partnerSearch.body()).isEqualTo(200);
            Response chunkSearch = call("POST", "/api/knowledge/search", seller, "{\"query\":" + json + "}");
            assertThat(chunkSearch.status()).as(payload + ": " + chunkSearch.body()).isEqualTo(200);
            for (String mode : List.of("DENSE", "KEYWORD", "HYBRID")) {
                assertThat(call("POST", "/api/knowledge/search", seller, "{\"query\":" + json + ",\"mode\":\"" + mode + "\"}")
                        .status()).as(payload + " " + mode).isEqualTo(200);
            }
            // filters match values, never widen to everything
            Response filtered = call("POST", "/api/partners/search", seller, "{\"query\":\"partner\",\"filters\":{\"countries\":["
                    + json + "],\"tiers\":[" + json + "]}}");
            assertThat(filtered.status()).as(payload + ": " + filtered.body()).isEqualTo(200);
            assertThat(filtered.json().get("results").size()).isZero();
            Response scoped = call("POST", "/api/knowledge/search", seller, "{\"query\":\"Orbitly\",\"kinds\":[" + json
                    + "],\"partnerIds\":[" + json + "]}");
            assertThat(scoped.status()).as(payload + ": " + scoped.body()).isEqualTo(200);
            assertThat(scoped.json().size()).isZero();
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            Response listed = call("GET", "/api/partners?countries=" + q + "&industries=" + q + "&tiers=" + q, seller, null);
            assertThat(listed.status()).as(payload).isEqualTo(200);
            assertThat(listed.json().get("total").asInt()).isZero();
            Response docs = call("GET", "/api/documents?partnerId=" + q, seller, null);
            assertThat(docs.status()).as(payload).isEqualTo(200);
            assertThat(docs.json().size()).isZero();
            assertProblem(call("GET", "/api/documents?kind=" + q, seller, null), 400);
            // in a path: not found, or refused by the firewall (encoded ';' or '%') as a problem; an encoded '/'
            // or '\\' Tomcat itself refuses with a 400 before the application sees the request
            String path = q.replace("+", "%20");
            for (String resource : List.of("/api/documents/", "/api/partners/")) {
                Response response = call("GET", resource + path, seller, null);
                if (payload.matches(".*[/\\\\].*")) {
                    assertThat(response.status()).as(payload).isEqualTo(400);
                } else {
                    assertProblem(response, payload.matches(".*[;%].*") ? 400 : 404);
                }
            }
        }
        // the injected text is found as text
        Response found = call("POST", "/api/partners/search", seller, "{\"query\":\"UNION SELECT key_hash\",\"mode\":\"KEYWORD\"}");
        assertThat(found.body()).contains("INJ5");
        // and nothing was dropped, deleted or changed
        assertThat(count("SELECT count(*) FROM partner")).isEqualTo(partners + INJECTIONS.size());
        assertThat(count("SELECT count(*) FROM document")).isGreaterThan(documents);
        assertThat(count("SELECT count(*) FROM api_key")).isEqualTo(keys);
        assertThat(call("GET", "/api/partners/A1", seller, null).json().get("name").asString()).isEqualTo("Bergmann Digital GmbH");
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String jsonString(String value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }

    @Test
    void emptyBlankAndOversizedQuestionsAre400() throws Exception {
        String tooLong = jsonString("partner ".repeat(251)); // 2,008 characters
        String longest = jsonString("p".repeat(2000));
        for (String path : List.of("/api/partners/search", "/api/knowledge/search")) {
            for (String body : List.of("{\"query\":\"\"}", "{\"query\":\"   \"}", "{\"query\":null}", "{}",
                    "{\"query\":" + tooLong + "}", "", "[]", "{\"query\":\"x\",\"limit\":0}", "{\"query\":\"x\",\"limit\":100000}")) {
                assertProblem(call("POST", path, seller, body.isEmpty() ? null : body), 400);
            }
            assertThat(call("POST", path, seller, "{\"query\":" + longest + "}").status()).as(path).isEqualTo(200);
        }
    }

    /** Every paged endpoint bounds page and size the same way: out of range is a 400, never an overflowed offset. */
    @Test
    void pageAndSizeOutOfRangeAre400OnEveryPagedEndpointAndTheLastPageIsEmpty() throws Exception {
        String admin = ADMIN_KEY;
        for (String path : List.of("/api/review/drafts", "/api/review/queue", "/api/studio/drafts", "/api/partners",
                "/api/documents", "/api/admin/audit")) {
            for (String query : List.of("page=2147483647&size=200", "page=2147483648", "page=-1", "page=10001", "size=0",
                    "size=501", "size=-5", "page=abc", "size=1e3")) {
                Response response = call("GET", path + "?" + query, admin, null);
                assertProblem(response, 400);
                assertThat(response.json().get("detail").asString()).as(path + "?" + query)
                        .containsAnyOf("page", "size").doesNotContain("java.", "Exception");
            }
            Response last = call("GET", path + "?page=10000&size=500", admin, null);
            assertThat(last.status()).as(path + ": " + last.body()).isEqualTo(200);
            var items = last.json().isArray() ? last.json() : last.json().get("items");
            assertThat(items.size()).as(path).isZero();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] replaceEntry(byte[] zipFile, String name, byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out); var in = new ZipInputStream(new java.io.ByteArrayInputStream(zipFile))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    zip.write(content);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
