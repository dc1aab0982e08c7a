package com.consort.server.knowledge;

import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Knowledge", description = "Low-level retrieval: chunks with scores and citations")
class KnowledgeSearchController {

    record ChunkQuery(@NotBlank @Size(max = 2000) String query, @Min(1) @Max(100) Integer limit, List<String> kinds,
            List<String> partnerIds, RetrievalMode mode) {
    }

    /** One retrieved passage and everything needed to cite it, including the document's age. */
    record ChunkView(String chunkId, double score, Double dense, Double keyword, String text, String documentId,
            String title, String kind, String partnerId, String locator, Instant documentUpdatedAt) {
    }

    private final ChunkSearch search;

    KnowledgeSearchController(ChunkSearch search) {
        this.search = search;
    }

    @PostMapping("/api/knowledge/search")
    @Operation(summary = "Search chunks", description = "Hybrid (dense + keyword, fused) by default; 'mode' picks one signal.")
    List<ChunkView> search(@Valid @RequestBody ChunkQuery query) {
        Scope scope = new Scope(query.kinds() == null ? null : java.util.Set.copyOf(query.kinds()),
                query.partnerIds() == null ? null : java.util.Set.copyOf(query.partnerIds()));
        return search.search(query.query(), query.limit() == null ? 10 : query.limit(), scope,
                        query.mode() == null ? RetrievalMode.HYBRID : query.mode()).stream()
                .map(h -> new ChunkView(h.chunk().id(), h.score(), h.dense(), h.keyword(), h.chunk().text(),
                        h.document().id(), h.document().title(), h.document().kind().code(), h.chunk().partnerId(),
                        h.chunk().locator(), h.document().updatedAt()))
                .toList();
    }
}
