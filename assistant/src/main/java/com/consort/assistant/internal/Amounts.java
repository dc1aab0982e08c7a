package com.consort.assistant.internal;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as a question states it ("more than half a million dollars", "under USD 50k") and as a table row's label
 * bounds it ("Under USD 50,000", "USD 50,000 to 500,000", "Over USD 500,000"): a row whose range holds the
 * question's amount is the row the question names.
 */
final class Amounts {

    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?|half an?|a quarter of an?|an?|one)";
    private static final String SCALE = "(thousand|million|billion|k|m|mn|bn)";
    private static final String CURRENCY = "(?:usd|us\\$|\\$|eur|€|gbp|£)";
    private static final Pattern STATED = Pattern.compile("(more than|over|above|exceeding|greater than|at least|under|below|"
            + "less than|up to|at most)?\\s*(" + CURRENCY + ")?\\s*" + NUMBER + "\\s*" + SCALE + "?\\b\\s*"
            + "(dollars?|euros?|pounds?|usd|eur|gbp)?");
    private static final Pattern RANGE = Pattern.compile(CURRENCY + "?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*" + SCALE + "?\\b\\s*"
            + "(?:to|-|–|and)\\s*" + CURRENCY + "?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*" + SCALE + "?\\b");

    /** A range of amounts: {@code low < x < high}, or {@code low <= x <= high} when {@code closed}. */
    record Range(double low, double high, boolean closed) {
        boolean holds(double amount) {
            return closed ? amount >= low && amount <= high : amount > low && amount < high;
        }
    }

    private Amounts() {
    }

    /**
     * The amount of money a question states, nudged past its bound by "more than" or "under"; none when it states no
     * currency or scale ("3 years" is no amount).
     */
    static OptionalDouble stated(String question) {
        Matcher m = STATED.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            boolean money = m.group(2) != null || m.group(4) != null || m.group(5) != null;
            // "a" or "half a" is a number only before a scale: "half a million"
            if (!money || m.group(3) == null || !Character.isDigit(m.group(3).charAt(0)) && m.group(4) == null) {
                continue;
            }
            double amount = number(m.group(3)) * scale(m.group(4));
            String bound = m.group(1) == null ? "" : m.group(1);
            double nudge = Math.max(1e-6, amount * 1e-9);
            if (bound.matches("more than|over|above|exceeding|greater than")) {
                amount += nudge;
            } else if (bound.matches("under|below|less than")) {
                amount -= nudge;
            }
            return OptionalDouble.of(amount);
        }
        return OptionalDouble.empty();
    }

    /** The range a cell bounds: "Under X", "Over X", "X to Y"; null for a plain value ("90 days", "USD 2,500"). */
    static Range range(String cell) {
        String text = cell.toLowerCase(Locale.ROOT);
        Matcher between = RANGE.matcher(text);
        if (between.find()) {
            return new Range(number(between.group(1)) * scale(between.group(2)), number(between.group(3)) * scale(between.group(4)), true);
        }
        Matcher bound = STATED.matcher(text);
        while (bound.find()) {
            if (bound.group(1) == null || bound.group(3) == null || !Character.isDigit(bound.group(3).charAt(0))) {
                continue;
            }
            double amount = number(bound.group(3)) * scale(bound.group(4));
            return switch (bound.group(1)) {
                case "more than", "over", "above", "exceeding", "greater than" -> new Range(amount, Double.MAX_VALUE, false);
                case "at least" -> new Range(amount, Double.MAX_VALUE, true);
                case "up to", "at most" -> new Range(-Double.MAX_VALUE, amount, true);
                default -> new Range(-Double.MAX_VALUE, amount, false);
            };
        }
        return null;
    }

    private static double number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Double.parseDouble(text.replace(",", ""));
        }
        return text.startsWith("half") ? 0.5 : text.startsWith("a quarter") ? 0.25 : 1;
    }

    private static double scale(String scale) {
        if (scale == null) {
            return 1;
        }
        return switch (scale) {
            case "thousand", "k" -> 1e3;
            case "million", "m", "mn" -> 1e6;
            default -> 1e9;
        };
    }
}
