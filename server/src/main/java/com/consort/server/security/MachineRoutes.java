package com.consort.server.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The routes machines call: the JSON API, the OpenAI-compatible and MCP endpoints, the OpenAPI
 * description and actuator. Their errors are JSON; every other route is a page, whose errors are pages.
 */
public final class MachineRoutes {

    private static final String[] PREFIXES = {"/api/", "/v1/", "/mcp", "/v3/", "/actuator/"};

    private MachineRoutes() {
    }

    public static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
