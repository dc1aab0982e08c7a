package com.consort.server.knowledge;

import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.StoryFacts;
import com.consort.server.api.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Validated
@Tag(name = "Documents", description = "Case studies, programme documents and collateral for retrieval")
class DocumentController {

    /**
     * @param next for a failed document, what can be done about it (it is never retried by itself)
     * @param facts for a case study, what it says about its customer and the partner it names (front matter,
     *        document properties, fact lines); null for other documents
     */
    record DocumentView(String id, String kind, String partnerId, String title, String fileName, String mediaType,
            long sizeBytes, String status, String error, String next, int chunkCount, Instant createdAt, Instant updatedAt,
            StoryFacts facts) {

        static DocumentView of(Document d, Map<String, List<String>> facets) {
            String next = d.status() == Document.Status.FAILED
                    ? "Not searchable. To retry, upload the file (or a repaired copy) again: POST /api/documents, or PUT "
                            + "/api/documents/" + d.id() + "; the failed entry is replaced. To remove it: DELETE /api/documents/" + d.id() + "."
                    : null;
            return new DocumentView(d.id(), d.kind().code(), d.partnerId(), d.title(), d.fileName(), d.mediaType(),
                    d.sizeBytes(), d.status().name().toLowerCase(), d.error(), next, d.chunkCount(), d.createdAt(), d.updatedAt(),
                    d.kind() == DocumentKind.CASE_STUDY ? StoryFacts.of(facets) : null);
        }
    }

    private DocumentView view(Document d) {
        return DocumentView.of(d, documents.facets(d.id()));
    }

    private final DocumentIngestor ingestor;
    private final DocumentRepository documents;

    DocumentController(DocumentIngestor ingestor, DocumentRepository documents) {
        this.ingestor = ingestor;
        this.documents = documents;
    }

    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload and index a document",
            description = "PDF, DOCX, PPTX, HTML, Markdown or plain text; the type is sniffed from the content. "
                    + "201 when indexed, 200 with the existing document when the same bytes were uploaded before, "
                    + "415 for other types, 422 when the file cannot be read (the failure is kept on the document).")
    ResponseEntity<DocumentView> upload(@RequestPart("file") MultipartFile file, @RequestParam String kind,
            @RequestParam(required = false) String partnerId, @RequestParam(required = false) String title) throws IOException {
        var result = ingestor.ingest(toUpload(file, kind, partnerId, title));
        DocumentView view = view(result.document());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/documents/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @PutMapping(path = "/api/documents/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace a document's content", description = "Re-indexes it under the same id.")
    DocumentView replace(@PathVariable String id, @RequestPart("file") MultipartFile file, @RequestParam String kind,
            @RequestParam(required = false) String partnerId, @RequestParam(required = false) String title) throws IOException {
        return view(ingestor.replace(id, toUpload(file, kind, partnerId, title)));
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "A document's status, chunk count, errors and, for a case study, its facts")
    DocumentView get(@PathVariable String id) {
        return documents.find(id).filter(d -> d.kind() != DocumentKind.PROFILE).map(this::view)
                .orElseThrow(() -> new NoSuchElementException("No document " + id));
    }

    @GetMapping("/api/documents")
    @Operation(summary = "List documents", description = "Oldest first; filter by kind and partner. A failed "
            + "document (status failed) says why (error) and how to retry or remove it (next).")
    List<DocumentView> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String partnerId,
            @Valid Paging paging) {
        // Paging bounds the offset far below Integer.MAX_VALUE
        List<Document> found = documents.list(kind == null ? null : kind(kind), partnerId, Math.toIntExact(paging.offset()), paging.limit());
        var facets = documents.facets(found.stream().map(Document::id).toList());
        return found.stream().map(d -> DocumentView.of(d, facets.getOrDefault(d.id(), Map.of()))).toList();
    }

    @DeleteMapping("/api/documents/{id}")
    @Operation(summary = "Delete a document and every chunk of it")
    ResponseEntity<Void> delete(@PathVariable String id) {
        get(id);
        ingestor.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static DocumentIngestor.Upload toUpload(MultipartFile file, String kind, String partnerId, String title)
            throws IOException {
        return new DocumentIngestor.Upload(file.getBytes(), file.getOriginalFilename(), kind(kind),
                partnerId == null || partnerId.isBlank() ? null : partnerId, title);
    }

    private static DocumentKind kind(String code) {
        return DocumentKind.of(code).filter(k -> k != DocumentKind.PROFILE).orElseThrow(() ->
                new IllegalArgumentException("kind must be case_study, program_doc or collateral, got '" + code + "'"));
    }
}
