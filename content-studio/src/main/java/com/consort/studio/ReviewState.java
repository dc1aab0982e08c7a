package com.consort.studio;

import java.util.Arrays;
import java.util.Locale;

/** The states of a draft in review, stored lower-case in studio_draft.status. */
public enum ReviewState {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, REJECTED, ARCHIVED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewState of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown review state '" + code + "'"));
    }

    /** A new version cannot be made of a draft that is out of the workflow. */
    public boolean editable() {
        return this != REJECTED && this != ARCHIVED && this != EXPIRED;
    }
}
