package com.consort.studio.internal;

import com.consort.studio.Draft;
import com.consort.studio.DraftVersion;
import com.consort.studio.Reviews;

/** A comment's anchor checked against the version it is on: a passage of one section, with its quote. */
final class Anchors {

    private Anchors() {
    }

    static Reviews.Anchor check(Draft draft, DraftVersion version, Reviews.Anchor anchor) {
        if (anchor == null || anchor.section() == null) {
            return null;
        }
        if (!draft.assetType().sections().contains(anchor.section())) {
            throw new IllegalArgumentException("A " + draft.assetType().code() + " has no section '" + anchor.section() + "'");
        }
        String text = version.sections().getOrDefault(anchor.section(), "");
        if (anchor.start() < 0 || anchor.end() <= anchor.start() || anchor.end() > text.length()) {
            throw new IllegalArgumentException("The anchor must be a passage of section '" + anchor.section()
                    + "': 0 <= start < end <= " + text.length());
        }
        String quote = text.substring(anchor.start(), anchor.end());
        return new Reviews.Anchor(anchor.section(), anchor.start(), anchor.end(),
                quote.length() > 1000 ? quote.substring(0, 1000) : quote);
    }
}
