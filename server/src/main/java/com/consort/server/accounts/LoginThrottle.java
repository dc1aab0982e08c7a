package com.consort.server.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, further attempts for it are refused for the rest of the window without checking the
 * password, answered like any failed login. Per instance and in memory, which is enough to make
 * guessing a bcrypt-hashed password at web speed hopeless.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant first) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null) {
            return false;
        }
        if (f.first().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(key(username), f);
            return false;
        }
        return f.count() >= MAX_FAILURES;
    }

    void failed(String username) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // bounded memory under a flood of made-up usernames
        }
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now), (old, one) -> old.first().plus(WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, old.first()));
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    /** The filter in front of the login form's processing: a throttled username never reaches the password check. */
    public OncePerRequestFilter filter(LoginAudit logins) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String username = request.getParameter("username");
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()) && username != null
                        && blocked(username)) {
                    logins.throttled(request, username);
                    response.sendRedirect(request.getContextPath() + "/login?error");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static String key(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 320 ? u.substring(0, 320) : u;
    }
}
