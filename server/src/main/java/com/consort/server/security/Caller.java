package com.consort.server.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Who is calling, whatever the way in (API key today, a logged-in user once accounts exist): a stable
 * subject that ownership columns store, the role, and for partner users the partner they belong to.
 */
public record Caller(String subject, Role role, String partnerId) {

    public static Caller from(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal key) {
            return new Caller("key:" + key.keyId(), key.role(), key.partnerId());
        }
        throw new IllegalStateException("Not an authenticated Consort caller");
    }

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    /** The partner a PARTNER caller is confined to; empty for vendor roles, which see every partner. */
    public Optional<String> confinedToPartner() {
        return isPartner() ? Optional.ofNullable(partnerId) : Optional.empty();
    }
}
