package com.consort.studio;

import java.time.Instant;

/**
 * A draft asset. {@code partnerId} is null for a vendor-only asset. {@code status} belongs to the review
 * workflow ("draft" when created); {@code lockVersion} grows with every change of the draft, for
 * optimistic locking of status transitions.
 */
public record Draft(String id, String partnerId, String sourceDocumentId, AssetType assetType, String language,
        String owner, String status, int currentVersion, long lockVersion, Instant createdAt, Instant updatedAt) {
}
