package com.consort.assistant.internal;

import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Scope;
import java.util.List;
import java.util.Set;

/**
 * The passages the answers stand on (LangChain4j's {@code ContentRetriever}), by what they are: the programme's
 * documents, customer stories, or what one partner's own documents say; the chunk search underneath fuses dense and
 * keyword retrieval.
 */
final class ChunkRetriever {

    private static final Set<String> PROGRAMME = Set.of(DocumentKind.PROGRAM_DOC.code());
    static final Set<String> STORIES = Set.of(DocumentKind.CASE_STUDY.code());
    private static final Set<String> PROFILES = Set.of(DocumentKind.PROFILE.code());
    private static final Set<String> EVIDENCE = Set.of(DocumentKind.CASE_STUDY.code(), DocumentKind.PROFILE.code());

    private final ChunkSearch chunks;

    ChunkRetriever(ChunkSearch chunks) {
        this.chunks = chunks;
    }

    List<ChunkSearch.Hit> programme(String query, int limit) {
        return chunks.search(query, limit, Scope.kinds(PROGRAMME), RetrievalMode.HYBRID);
    }

    List<ChunkSearch.Hit> stories(String query, int limit) {
        return chunks.search(query, limit, Scope.kinds(STORIES), RetrievalMode.HYBRID);
    }

    List<ChunkSearch.Hit> storiesOf(String partnerId, String query, int limit) {
        return chunks.search(query, limit, Scope.kinds(STORIES).withPartners(Set.of(partnerId)), RetrievalMode.HYBRID);
    }

    /** The partner's passage that best says the words, by keyword: from its profile, or its profile and stories. */
    ChunkSearch.Hit says(String partnerId, String words, boolean profileOnly) {
        var hits = chunks.search(words, 1, Scope.kinds(profileOnly ? PROFILES : EVIDENCE).withPartners(Set.of(partnerId)),
                RetrievalMode.KEYWORD);
        return hits.isEmpty() ? null : hits.get(0);
    }
}
