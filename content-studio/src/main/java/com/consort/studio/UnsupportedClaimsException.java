package com.consort.studio;

import java.util.List;

/**
 * A version cannot be submitted or approved while a claim is not supported by its story or a brand rule
 * is broken: answer 422 with the claims and brand errors.
 */
public class UnsupportedClaimsException extends RuntimeException {

    private final transient Checks checks;

    public UnsupportedClaimsException(Checks checks) {
        super("This version cannot be submitted: " + checks.unsupported().size()
                + " claim(s) are not supported by the story and/or a brand rule is broken; edit it first");
        this.checks = checks;
    }

    public List<String> unsupportedClaims() {
        return checks.unsupported().stream().map(Checks.Claim::text).toList();
    }

    public List<String> brandErrors() {
        return checks.findings().stream().filter(f -> f.severity().equals("error")).map(Checks.Finding::message).toList();
    }
}
