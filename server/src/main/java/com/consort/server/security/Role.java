package com.consort.server.security;

/** What a user or API key may do; PARTNER is additionally confined to its own partner's data. */
public enum Role {
    ADMIN, SELLER, PARTNER, MARKETING, EVALUATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
