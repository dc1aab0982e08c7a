package com.consort.server.api;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The {@code page} and {@code size} query parameters of every paged endpoint, bounded here once: a
 * controller takes {@code @Valid Paging paging}, and a value out of range (or past an int) is a 400
 * problem+json before any query runs. The offset is a long, so no product of the two can overflow.
 */
@ParameterObject
public record Paging(
        @Parameter(description = "Page number, from 0 (at most " + Paging.MAX_PAGE + ")") @Min(0) @Max(MAX_PAGE) Integer page,
        @Parameter(description = "Items per page, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")")
        @Min(1) @Max(MAX_SIZE) Integer size) {

    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public static Paging first(int size) {
        return new Paging(0, size);
    }

    public int number() {
        return page == null ? 0 : page;
    }

    public int limit() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) number() * limit();
    }
}
