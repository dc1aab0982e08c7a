package com.consort.knowledge.partner;

import java.util.List;

/** The outcome of a partner import: every row is counted once, every rejected row says why. */
public record ImportReport(int imported, int updated, List<RejectedRow> rejected) {

    public record RejectedRow(long line, String id, String reason) {
    }
}
