package com.consort.assistant.internal;

import com.consort.assistant.Answer.Citation;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.PartnerSearch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers citations in the order they are first used, one number per passage. */
public final class Citations {

    private final Map<String, Citation> byKey = new LinkedHashMap<>();

    /** The citation's number: a new one, or the number the same passage already has. */
    public int add(Citation c) {
        String key = c.documentId() + "#" + c.locator() + "#" + c.snippet().hashCode();
        Citation existing = byKey.get(key);
        if (existing != null) {
            return existing.n();
        }
        int n = byKey.size() + 1;
        byKey.put(key, new Citation(n, c.documentId(), c.title(), c.kind(), c.partnerId(), c.locator(), c.snippet(), c.updatedAt()));
        return n;
    }

    public Citation numbered(int n) {
        return byKey.values().stream().filter(c -> c.n() == n).findFirst().orElseThrow();
    }

    /** The hit's passage, numbered. */
    Citation cite(ChunkSearch.Hit hit) {
        return numbered(add(citation(hit)));
    }

    public List<Citation> all() {
        return List.copyOf(byKey.values());
    }

    /** A retrieved passage as a citation, not numbered yet. */
    static Citation citation(ChunkSearch.Hit hit) {
        return new Citation(0, hit.document().id(), hit.document().title(), hit.document().kind().code(),
                hit.chunk().partnerId(), hit.chunk().locator(), PartnerSearch.snippet(hit.chunk().text()), hit.document().updatedAt());
    }

    /** " [n]" for a reason's citation, which joins the card's evidence; nothing when there is none. */
    static String cite(Citation c, List<Citation> evidence) {
        if (c == null) {
            return "";
        }
        if (!evidence.contains(c)) {
            evidence.add(c);
        }
        return " [" + c.n() + "]";
    }
}
