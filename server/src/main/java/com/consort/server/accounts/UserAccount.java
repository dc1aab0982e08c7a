package com.consort.server.accounts;

import com.consort.server.security.Role;
import java.time.Instant;

/** A person's account as admins see it: never the password hash. */
public record UserAccount(String id, String username, String displayName, String email, Role role,
        String organisationId, String partnerId, boolean enabled, Instant createdAt, Instant lastLoginAt) {

    public String subject() {
        return "user:" + id;
    }
}
