package com.consort.eval;

import java.util.List;
import java.util.Map;

/**
 * The content studio as eval sees it: a case study, a partner and an asset type in, a draft out. The
 * server adapts the studio's generation service to it.
 */
public interface ContentUnderTest {

    DraftView generate(ContentRequest request);

    record ContentRequest(String caseStudyDocumentId, String partnerId, String assetType) {
    }

    /**
     * @param fields the asset's text parts by name (subject, body, post, headline, ...), checked for
     *        grounding, brand terms and length
     * @param html the asset rendered as HTML when the type has a rendering (one-pager, landing page), else null
     */
    record DraftView(String assetType, Map<String, String> fields, String html, List<String> promptRefs) {
    }
}
