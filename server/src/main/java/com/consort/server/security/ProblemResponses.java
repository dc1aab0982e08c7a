package com.consort.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import com.consort.server.openai.OpenAiError;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and firewall rejections (400) as RFC 9457 problem+json, like every other API error; under
 * {@code /v1/**} (the OpenAI-compatible endpoints) in the OpenAI error shape instead.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"consort\"");
            write(request, response, HttpStatus.UNAUTHORIZED, e.getMessage() != null && e.getMessage().contains("API key")
                    ? e.getMessage()
                    : "Authentication required: send an API key as 'Authorization: Bearer <key>'");
        };
    }

    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, e instanceof CsrfException
                ? "A write from a logged-in browser session needs the session's CSRF token (header X-CSRF-TOKEN)"
                : "Your role does not allow this operation");
    }

    /** A URL the firewall refuses (encoded '/', ';', '%' or '\\' in the path, for instance). */
    public RequestRejectedHandler rejected() {
        return (request, response, e) -> {
            if (!MachineRoutes.matches(request)) {
                response.sendError(HttpStatus.BAD_REQUEST.value()); // a page's address: the error page says it
                return;
            }
            write(request, response, HttpStatus.BAD_REQUEST, "The request URL contains characters that are not allowed in a path");
        };
    }

    /** The key could not be checked because the database is down: 503, like the API's own outage answer. */
    void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not reachable right now; nothing was changed. Retry shortly.");
        problem.setProperty("retryable", true);
        write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, ProblemDetail.forStatusAndDetail(status, detail));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        if (OpenAiError.appliesTo(request)) {
            // OpenAI clients read their own error shape, not problem+json
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), OpenAiError.of(problem));
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
