package com.consort.server.security;

import java.time.Instant;

/** An API key as stored: never the key itself, only its hash. {@code userId}: the user it was issued to, if any. */
public record ApiKey(String id, String name, Role role, String partnerId, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt, String userId) {

    public boolean active() {
        return revokedAt == null;
    }
}
