package com.consort.server.security;

import java.time.Instant;

/** An API key as stored: never the key itself, only its hash. */
public record ApiKey(String id, String name, Role role, String partnerId, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
