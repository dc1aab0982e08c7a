package com.consort.assistant.internal;

import java.util.regex.Pattern;

/** Text from the data put into a Markdown answer: escaped, so that data stays data, and cut to a readable length. */
public final class Markdown {

    /** Where a passage's sentences (and list items) end. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"“])|\\n+|\\s+(?=[-•*] )");
    private static final Pattern TRAILING_CITES = Pattern.compile("^(.*?)((?: \\[\\d+\\])*)$", Pattern.DOTALL);

    private Markdown() {
    }

    /** Data in Markdown stays data: characters that would become markup or HTML are escaped. */
    public static String md(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    /** A reason as Markdown: its text escaped, its trailing citation marker kept. */
    static String reasonMd(String reason) {
        var m = TRAILING_CITES.matcher(reason);
        return m.matches() ? md(m.group(1)) + m.group(2) : md(reason);
    }

    /** A sentence cut at a word near 400 characters. */
    static String clip(String sentence) {
        return sentence.length() <= 400 ? sentence : sentence.substring(0, sentence.lastIndexOf(' ', 397)) + "…";
    }

    /** A piece of a passage on one line, without the list or table marks before it. */
    static String clean(String piece) {
        return piece.replaceAll("\\s+", " ").replaceAll("^[-•*#|\\s]+", "").strip();
    }
}
