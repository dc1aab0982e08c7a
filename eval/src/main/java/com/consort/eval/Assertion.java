package com.consort.eval;

/** One checked expectation of a case: what was checked, whether it held, and why not. */
public record Assertion(String name, Status status, String detail) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public static Assertion passed(String name) {
        return new Assertion(name, Status.PASSED, null);
    }

    public static Assertion failed(String name, String detail) {
        return new Assertion(name, Status.FAILED, detail);
    }

    public static Assertion skipped(String name, String why) {
        return new Assertion(name, Status.SKIPPED, why);
    }

    public static Assertion check(String name, boolean held, String detailWhenNot) {
        return held ? passed(name) : failed(name, detailWhenNot);
    }
}
