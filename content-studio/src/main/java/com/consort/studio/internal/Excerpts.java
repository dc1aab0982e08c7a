package com.consort.studio.internal;

/** Short excerpts of a passage around a match, for showing a fact's or claim's source. */
final class Excerpts {

    private static final int BEFORE = 160;
    private static final int AFTER = 240;

    private Excerpts() {
    }

    /** The line around {@code [start, start + length)}, cut to a window at word boundaries when long. */
    static String around(String text, int start, int length) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = text.indexOf('\n', start + length);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int from = Math.max(lineStart, start - BEFORE);
        int to = Math.min(lineEnd, start + length + AFTER);
        if (from > lineStart) {
            int space = text.indexOf(' ', from);
            from = space > 0 && space < start ? space + 1 : from;
        }
        if (to < lineEnd) {
            int space = text.lastIndexOf(' ', to);
            to = space > start + length ? space : to;
        }
        return (from > lineStart ? "…" : "") + text.substring(from, to).strip() + (to < lineEnd ? "…" : "");
    }
}
