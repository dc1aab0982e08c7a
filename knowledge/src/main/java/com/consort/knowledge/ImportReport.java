package com.consort.knowledge;

import java.util.List;

/**
 * The outcome of a partner import: every row is counted once, every rejected row says why, and every
 * value kept as given although the vocabulary does not know it is a warning on its row.
 */
public record ImportReport(int imported, int updated, List<RejectedRow> rejected, List<Warning> warnings) {

    public ImportReport(int imported, int updated, List<RejectedRow> rejected) {
        this(imported, updated, rejected, List.of());
    }

    public record RejectedRow(long line, String id, String reason) {
    }

    public record Warning(long line, String id, String message) {
    }
}
