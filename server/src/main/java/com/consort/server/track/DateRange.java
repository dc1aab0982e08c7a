package com.consort.server.track;

import java.time.LocalDate;

/** The days a dashboard covers: the last 24 months unless given; an end before the start is a bad request. */
record DateRange(LocalDate from, LocalDate to) {

    static DateRange of(LocalDate since, LocalDate until) {
        LocalDate from = since == null ? LocalDate.now().minusMonths(24) : since;
        LocalDate to = until == null ? LocalDate.now() : until;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end of the range (" + to + ") is before its start (" + from + ")");
        }
        return new DateRange(from, to);
    }
}
