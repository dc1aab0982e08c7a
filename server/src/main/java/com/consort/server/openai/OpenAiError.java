package com.consort.server.openai;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAI error shape, {@code {"error":{"message","type","param","code"}}}, which OpenAI clients parse
 * and show. Every error under {@code /v1/**} is written in it instead of problem+json: the same statuses,
 * and the problem's detail as the message. A problem may carry {@code param} and {@code code} properties.
 */
public record OpenAiError(Body error) {

    public record Body(String message, String type, String param, String code) {
    }

    static final String PREFIX = "/v1/";

    /** Whether the request is one of the OpenAI-compatible endpoints, so its errors take this shape. */
    public static boolean appliesTo(HttpServletRequest request) {
        return appliesTo(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean appliesTo(String path) {
        return path.startsWith(PREFIX);
    }

    public static OpenAiError of(ProblemDetail problem) {
        var properties = problem.getProperties();
        String param = properties == null ? null : (String) properties.get("param");
        String code = properties == null ? null : (String) properties.get("code");
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String message = problem.getDetail() != null ? problem.getDetail()
                : status != null ? status.getReasonPhrase() : "Error";
        return new OpenAiError(new Body(message, type(problem.getStatus()), param, code != null ? code : code(problem.getStatus())));
    }

    /** OpenAI's error types by status; clients branch on the status, people read the type. */
    static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    private static String code(int status) {
        return switch (status) {
            case 401 -> "invalid_api_key";
            case 403 -> "insufficient_permissions";
            case 503 -> "service_unavailable";
            default -> null;
        };
    }
}
