package com.consort.server.security;

/** Who is calling: the authenticated key, available to controllers as the principal. */
public record ApiKeyPrincipal(String keyId, String name, Role role, String partnerId) implements ConsortPrincipal {

    @Override
    public String subject() {
        return "key:" + keyId;
    }

    @Override
    public String displayName() {
        return name;
    }
}
