package com.consort.server.openai;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Rewrites error bodies of {@code /v1/**} requests into the OpenAI error shape: the problem+json the API's
 * exception handler writes (bad JSON, validation, unknown path: 400, 404, 405, 503 ...), and Boot's error
 * map for a failure nothing handled (500). The status stays as it was.
 */
@ControllerAdvice
class OpenAiErrorAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        if (body instanceof ProblemDetail problem && OpenAiError.appliesTo(http)) {
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            return OpenAiError.of(problem);
        }
        // an ERROR dispatch (Boot's /error) of a /v1 request: its map has the status
        if (body instanceof Map<?, ?> map && map.get("status") instanceof Integer status
                && http.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && OpenAiError.appliesTo(uri.substring(http.getContextPath().length()))) {
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            HttpStatus resolved = HttpStatus.resolve(status);
            return OpenAiError.of(ProblemDetail.forStatusAndDetail(resolved != null ? resolved : HttpStatus.INTERNAL_SERVER_ERROR,
                    status >= 500 ? "The server could not answer; try again, and tell the operator if it persists"
                            : String.valueOf(map.get("error"))));
        }
        return body;
    }
}
