package com.consort.server.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Who is calling, whatever the way in (an API key, or a user logged in with a password or OpenID
 * Connect): a stable subject that ownership columns store ({@code key:<id>} or {@code user:<id>}), the
 * role, and for partner callers the partner they belong to.
 */
public record Caller(String subject, Role role, String partnerId) {

    public static Caller from(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ConsortPrincipal principal) {
            return new Caller(principal.subject(), principal.role(), principal.partnerId());
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
