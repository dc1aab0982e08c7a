package com.consort.studio;

import java.util.List;

/**
 * A request for a new draft: the case study, the partner to co-brand with (null for a vendor-only
 * asset), the asset type, an optional language (default "en") and optional reviewed facts that replace
 * the ones read from the story.
 */
public record NewDraft(String sourceDocumentId, String partnerId, String assetType, String language, List<Fact> facts) {
}
