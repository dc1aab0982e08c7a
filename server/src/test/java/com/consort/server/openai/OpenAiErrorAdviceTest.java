package com.consort.server.openai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The error bodies the HTTP tests cannot provoke on purpose: Boot's error map of an unhandled failure. */
class OpenAiErrorAdviceTest {

    private final OpenAiErrorAdvice advice = new OpenAiErrorAdvice();

    @Test
    void anUnhandledFailureOfAV1RequestIsAServerErrorInTheOpenAiShape() {
        var request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/v1/chat/completions");
        var response = new ServletServerHttpResponse(new MockHttpServletResponse());

        Object body = write(Map.of("status", 500, "error", "Internal Server Error", "path", "/v1/chat/completions"),
                request, response);

        assertThat(body).isInstanceOf(OpenAiError.class);
        OpenAiError.Body error = ((OpenAiError) body).error();
        assertThat(error.type()).isEqualTo("server_error");
        assertThat(error.message()).startsWith("The server could not answer");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void otherRequestsKeepProblemJsonAndBootsErrorMap() {
        var api = new MockHttpServletRequest("GET", "/api/partners/x");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No partner x");
        assertThat(write(problem, api, new ServletServerHttpResponse(new MockHttpServletResponse()))).isSameAs(problem);

        var error = new MockHttpServletRequest("GET", "/error");
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/partners");
        Map<String, Object> map = Map.of("status", 500);
        assertThat(write(map, error, new ServletServerHttpResponse(new MockHttpServletResponse()))).isSameAs(map);
    }

    @Test
    void streamedPiecesAddUpToExactlyTheAnswer() {
        String answer = "Here are the partners:\n\n1. **A** [1]\n   - reason\n2. **B** [2]";
        assertThat(String.join("", ChatCompletionsController.pieces(answer))).isEqualTo(answer);
        assertThat(ChatCompletionsController.pieces(answer)).hasSize(5);
        assertThat(ChatCompletionsController.pieces("one line")).containsExactly("one line");
    }

    private Object write(Object body, MockHttpServletRequest request, ServletServerHttpResponse response) {
        return advice.beforeBodyWrite(body, null, MediaType.APPLICATION_JSON, null, new ServletServerHttpRequest(request),
                response);
    }
}
