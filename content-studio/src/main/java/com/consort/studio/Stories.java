package com.consort.studio;

import com.consort.knowledge.Document;
import java.util.List;
import java.util.Optional;

/**
 * Customer success stories (indexed case studies) and their facts: the fact lines near the top
 * ("Customer: ..."), the sections under the usual headings and quotes with their attribution, each a
 * piece of the story's text with the chunk it came from. Nothing is invented.
 */
public interface Stories {

    /** Case studies, oldest first; only one partner's when {@code partnerId} is given. */
    List<Document> list(String partnerId);

    /** The case study's document; empty when there is none or it is not an indexed case study. */
    Optional<Document> document(String documentId);

    /** The story with its facts; "not found" when there is no such case study. */
    Story read(String documentId);
}
