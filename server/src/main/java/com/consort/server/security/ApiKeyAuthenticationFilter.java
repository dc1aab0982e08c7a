package com.consort.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.io.IOException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>}; a key that is sent but not valid is refused at once.
 * On {@code /actuator/prometheus} the configured metrics key ({@code consort.metrics-key}) is accepted
 * too, as role METRICS, which opens nothing else.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    public static final String METRICS_PATH = "/actuator/prometheus";
    public static final String METRICS_ROLE = "METRICS";
    private final ApiKeys apiKeys;
    private final AuthenticationEntryPoint entryPoint;
    private final ProblemResponses problems;
    private final byte[] metricsKey;

    public ApiKeyAuthenticationFilter(ApiKeys apiKeys, AuthenticationEntryPoint entryPoint, ProblemResponses problems, String metricsKey) {
        this.metricsKey = metricsKey == null || metricsKey.isBlank() ? null : metricsKey.getBytes(StandardCharsets.UTF_8);
        this.apiKeys = apiKeys;
        this.entryPoint = entryPoint;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).trim();
        if (metricsKey != null && METRICS_PATH.equals(request.getRequestURI())
                && MessageDigest.isEqual(metricsKey, token.getBytes(StandardCharsets.UTF_8))) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-key", null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + METRICS_ROLE))));
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
            return;
        }
        java.util.Optional<ApiKey> key;
        try {
            key = apiKeys.authenticate(token);
        } catch (DataAccessException | CannotCreateTransactionException e) {
            // outside the controllers, so the API's exception handler never sees this: answer 503 here
            SecurityContextHolder.clearContext();
            problems.databaseUnavailable(request, response);
            return;
        }
        if (key.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("The API key is unknown or revoked"));
            return;
        }
        ApiKey k = key.get();
        var principal = new ApiKeyPrincipal(k.id(), k.name(), k.role(), k.partnerId());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(k.role().authority())));
        // a fresh context: the current one may be a logged-in browser session's, which must stay as it is
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
