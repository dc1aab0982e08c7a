package com.consort.server.mcp;

import com.consort.server.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of the MCP transport at {@code /mcp} (after the API key check):
 * <ul>
 * <li>binds each MCP session to the caller that initialised it: a request naming another caller's
 * session (any method, DELETE included) gets the same 404 as an unknown session, so one key can neither
 * use nor end another's session, nor learn that it exists;</li>
 * <li>answers every error of the transport as a plain JSON-RPC error object
 * ({@code {"jsonrpc":"2.0","id":null,"error":{"code","message"}}}) with the transport's status: the
 * SDK writes its error exceptions as the body, stack trace included, or a bare string.</li>
 * </ul>
 * Sessions live in the memory of this instance, as the transport's do (see docs/operations.md).
 */
@Component
class McpSessionGuard extends OncePerRequestFilter {

    static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final int MAX_SESSIONS = 10_000;
    private final JsonMapper json;

    /** Session id -> the subject of the caller that opened it; the oldest are forgotten past the bound. */
    private final Map<String, String> owners = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_SESSIONS;
        }
    });

    McpSessionGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return !("/mcp".equals(path) || path.startsWith("/mcp/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = caller();
        String session = request.getHeader(SESSION_HEADER);
        if (session != null && caller != null) {
            String owner = owners.get(session);
            if (owner != null && !owner.equals(caller)) {
                writeError(response, HttpServletResponse.SC_NOT_FOUND, -32001, "Session not found");
                return;
            }
        }
        var guarded = new ErrorRewritingResponse(response);
        chain.doFilter(request, guarded);
        if (guarded.status >= 400) {
            guarded.rewrite();
            if (guarded.status == HttpServletResponse.SC_NOT_FOUND && session != null) {
                owners.remove(session);
            }
            return;
        }
        String opened = guarded.openedSession;
        if (opened != null && caller != null) {
            owners.put(opened, caller);
        }
        if (session != null && "DELETE".equals(request.getMethod())) {
            owners.remove(session);
        }
    }

    private static String caller() {
        try {
            return Caller.from(SecurityContextHolder.getContext().getAuthentication()).subject();
        } catch (IllegalStateException notAuthenticated) {
            return null;
        }
    }

    void writeError(HttpServletResponse response, int status, int code, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var error = new LinkedHashMap<String, Object>();
        error.put("code", code);
        error.put("message", message);
        var body = new LinkedHashMap<String, Object>();
        body.put("jsonrpc", "2.0");
        body.put("id", null);
        body.put("error", error);
        byte[] bytes = json.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * Passes a successful answer (JSON or an event stream) straight through; holds back the body of an
     * error so that it can be written again as a JSON-RPC error.
     */
    private final class ErrorRewritingResponse extends HttpServletResponseWrapper {

        private int status = SC_OK;
        private String openedSession;
        private ByteArrayOutputStream held;

        ErrorRewritingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            sendError(sc);
        }

        @Override
        public void setHeader(String name, String value) {
            remember(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            remember(name, value);
            super.addHeader(name, value);
        }

        private void remember(String name, String value) {
            if (SESSION_HEADER.equalsIgnoreCase(name)) {
                openedSession = value;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (status < 400) {
                return super.getOutputStream();
            }
            if (held == null) {
                held = new ByteArrayOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    held.write(b);
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status < 400) {
                return super.getWriter();
            }
            return new PrintWriter(getOutputStream(), true, StandardCharsets.UTF_8);
        }

        @Override
        public void setContentLength(int len) {
            if (status < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (status < 400) {
                super.setContentLengthLong(len);
            }
        }

        /** The transport's error again, as JSON-RPC: its code and message when it gave them, never more. */
        void rewrite() throws IOException {
            int code = status == SC_NOT_FOUND ? -32001 : status >= 500 ? -32603 : -32600;
            String message = switch (status) {
                case SC_NOT_FOUND -> "Session not found";
                case SC_BAD_REQUEST -> "Invalid request";
                case SC_METHOD_NOT_ALLOWED -> "Method not allowed";
                case SC_NOT_ACCEPTABLE -> "Not acceptable: send Accept: application/json, text/event-stream";
                case SC_SERVICE_UNAVAILABLE -> "The server is shutting down";
                default -> status >= 500 ? "Internal error" : "Invalid request";
            };
            String text = held == null ? "" : held.toString(StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                try {
                    JsonNode node = json.readTree(text);
                    JsonNode error = node.has("jsonRpcError") ? node.get("jsonRpcError") : node.get("error");
                    if (error != null && error.has("message")) {
                        code = error.path("code").asInt(code);
                        message = firstLine(error.get("message").asString());
                    }
                } catch (RuntimeException notJson) {
                    message = firstLine(text); // the transport's own plain words ("Session ID missing")
                }
            }
            writeError((HttpServletResponse) getResponse(), status, code, message);
        }

        private static String firstLine(String text) {
            String line = text.lines().findFirst().orElse("").strip();
            return line.length() > 300 ? line.substring(0, 300) : line;
        }
    }
}
