package com.consort.server.security;

/**
 * What every way of authenticating to Consort puts in the security context: an API key, a user who
 * logged in with a password, or one who signed in with OpenID Connect. {@link Caller#from} reads it.
 */
public interface ConsortPrincipal {

    /** Stable id stored in ownership and audit columns: {@code key:<id>} or {@code user:<id>}. */
    String subject();

    Role role();

    /** The partner a PARTNER principal belongs to; null for vendor roles. */
    String partnerId();

    /** A human-readable name for audit and pages: the key's name or the user's display name. */
    String displayName();
}
