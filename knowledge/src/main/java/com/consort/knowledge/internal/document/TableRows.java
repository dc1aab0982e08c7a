package com.consort.knowledge.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of a table as passages that keep their column headers: the row "Premier | Sourced | 25%" under
 * the headers "Tier | Deal role | Upfront discount" becomes "Tier: Premier | Deal role: Sourced |
 * Upfront discount: 25%", one passage (and chunk) of its own, so that a question about one cell finds
 * the cell with its row and column labels. A table without a header row (a list of "Label: value" facts)
 * stays as it was read.
 */
final class TableRows {

    /** The table a row passage belongs to: its column headers and its caption, if it has one. */
    record Table(List<String> headers, String caption) {
        /** The headers as stored with each of the table's row chunks ("Tier | Deal role | Upfront discount"). */
        String describe() {
            return String.join(" | ", headers);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,%$€£ ]+");
    private static final int MAX_HEADER = 80;

    private TableRows() {
    }

    /**
     * Whether a first row without explicit header markup reads as column headers: three columns or more
     * (two are label and value), every cell short, present, bold (where the format says so) and no number.
     */
    static boolean headerLike(List<String> cells, boolean allBold) {
        return cells.size() >= 3 && allBold && cells.stream().allMatch(c -> !c.isBlank() && c.length() <= MAX_HEADER
                && !NUMBER.matcher(c).matches());
    }

    /** A data row under its headers; cells past the headers or empty are left out. */
    static String passage(List<String> headers, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            String header = i < headers.size() ? headers.get(i).strip() : "";
            parts.add(header.isEmpty() ? cell : header + ": " + cell);
        }
        return String.join(" | ", parts);
    }
}
