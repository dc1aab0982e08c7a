package com.consort.studio;

import java.util.Optional;

/**
 * Who acts in the studio: the stable subject stored in ownership columns ({@code user:<id>} or
 * {@code key:<id>}), a name to show beside comments (may be null), the role and, for a PARTNER, the
 * partner it belongs to. The server builds it from its authenticated caller.
 */
public record Actor(String subject, String name, StudioRole role, String partnerId) {

    /** The subject that stands for the application itself (expiry), in audit rows and notifications. */
    public static final String SYSTEM = "system";

    public boolean isPartner() {
        return role == StudioRole.PARTNER;
    }

    /** The partner a PARTNER is confined to; empty for vendor roles, which see every partner. */
    public Optional<String> confinedToPartner() {
        return isPartner() ? Optional.ofNullable(partnerId) : Optional.empty();
    }
}
