package com.consort.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The passages of one partner search's question, the partners' profiles and customer stories, searched once for each
 * scope and depth: past the candidate window, the window's search for the partners to rank is the ranking's own search
 * (every partner's passages, the same depth), and at 1,000,000 chunks each hybrid search costs tens of milliseconds on
 * PostgreSQL. Lives for one search, in one thread.
 */
final class QuestionPassages {

    /** What tells of a partner's work: its profile and its customer stories. */
    static final Set<String> EVIDENCE_KINDS = Set.of(DocumentKind.CASE_STUDY.code(), DocumentKind.PROFILE.code());

    private record Key(int depth, Scope scope) {
    }

    private final ChunkSearch chunks;
    private final String text;
    private final Supplier<float[]> vector;
    private final RetrievalMode mode;
    private final Map<Key, List<ChunkSearch.Hit>> searched = new HashMap<>();

    /** @param vector the question's embedding, begun ahead ({@link ChunkSearch#embeddingAhead}); null in keyword mode */
    QuestionPassages(ChunkSearch chunks, String text, Supplier<float[]> vector, RetrievalMode mode) {
        this.chunks = chunks;
        this.text = text;
        this.vector = vector;
        this.mode = mode;
    }

    /** The question's best {@code depth} passages of any partner, best first, fused as {@link ChunkSearch.Purpose#PARTNERS}. */
    List<ChunkSearch.Hit> ofAnyPartner(int depth) {
        return search(depth, Scope.kinds(EVIDENCE_KINDS));
    }

    /** As {@link #ofAnyPartner}, of these partners only (the filter runs in the index). */
    List<ChunkSearch.Hit> ofPartners(int depth, Set<String> partnerIds) {
        return search(depth, Scope.kinds(EVIDENCE_KINDS).withPartners(partnerIds));
    }

    private List<ChunkSearch.Hit> search(int depth, Scope scope) {
        return searched.computeIfAbsent(new Key(depth, scope),
                key -> chunks.search(text, vector, depth, scope, mode, ChunkSearch.Purpose.PARTNERS));
    }
}
