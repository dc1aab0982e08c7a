package com.consort.assistant.internal;

import com.consort.knowledge.PartnerSearch;

/**
 * The first stage of answering (LangChain4j's {@code QueryTransformer}): the seller's text read onto the directory once,
 * by the knowledge module's query understanding, into the {@link Query} every later stage takes.
 */
final class QueryTransformer {

    private final PartnerSearch search;

    QueryTransformer(PartnerSearch search) {
        this.search = search;
    }

    Query transform(String text) {
        return new Query(text, search.understand(text));
    }
}
