package com.consort.knowledge;

import java.time.Instant;

/** An indexed source: uploaded file or generated partner profile. */
public record Document(String id, DocumentKind kind, String partnerId, String title, String fileName,
        String mediaType, String contentHash, long sizeBytes, Status status, String error, int chunkCount,
        Instant createdAt, Instant updatedAt) {

    public enum Status { INDEXED, FAILED }
}
