package com.consort.knowledge;

import java.util.Arrays;
import java.util.Optional;

public enum DocumentKind {
    CASE_STUDY("case_study"),
    PROGRAM_DOC("program_doc"),
    COLLATERAL("collateral"),
    /** Generated from a partner's directory entry so that profiles are searched like documents. */
    PROFILE("profile");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code)).findFirst();
    }
}
