package com.consort.studio;

import java.util.List;

/**
 * The grounding and brand checks of one draft version. A draft version can be submitted for review
 * only when every claim is supported and no brand finding is an error.
 */
public record Checks(List<Claim> claims, List<Finding> findings) {

    /**
     * A checkable statement in the copy: kind is number, percentage, money, quote, customer or product;
     * {@code start}/{@code end} are offsets in the section's text, for highlighting.
     */
    public record Claim(String kind, String text, String section, int start, int end, boolean supported, Source source) {
    }

    /** check is "claim" or "brand"; severity "error" (blocks submission), "warning" or "info". */
    public record Finding(String check, String severity, String code, String message, String section) {
    }

    public boolean submittable() {
        return claims.stream().allMatch(Claim::supported) && findings.stream().noneMatch(f -> f.severity().equals("error"));
    }

    public List<Claim> unsupported() {
        return claims.stream().filter(c -> !c.supported()).toList();
    }
}
