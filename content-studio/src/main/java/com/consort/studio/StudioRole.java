package com.consort.studio;

/**
 * The roles the studio and its review workflow tell apart, by the same names as the server's roles:
 * PARTNER is confined to its own partner's stories and drafts; MARKETING decides reviews.
 */
public enum StudioRole {
    ADMIN, SELLER, PARTNER, MARKETING, EVALUATOR
}
