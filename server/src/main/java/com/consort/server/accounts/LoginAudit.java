package com.consort.server.accounts;

import com.consort.server.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Logins (with password or OpenID Connect), failed logins and logouts go to the audit log. */
@Component
public class LoginAudit {

    private final Users users;
    private final AuditLog audit;
    private final LoginThrottle throttle;

    LoginAudit(Users users, AuditLog audit, LoginThrottle throttle) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
    }

    public AuthenticationSuccessHandler success(String method) {
        var next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof AccountPrincipal account) {
                users.recordLogin(account.userId());
            }
            String username = request.getParameter("username");
            if (username != null) {
                throttle.succeeded(username);
            }
            audit.record(authentication, "login", null, "method=" + method);
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    public AuthenticationFailureHandler failure(String method) {
        var next = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            audit.record("anonymous", null, "login.failed", attempted(request),
                    "method=" + method + " reason=" + exception.getClass().getSimpleName());
            String username = request.getParameter("username");
            if (username != null) {
                throttle.failed(username);
            }
            next.onAuthenticationFailure(request, response, exception);
        };
    }

    void throttled(HttpServletRequest request, String username) {
        audit.record("anonymous", null, "login.throttled", attempted(request),
                "more than " + LoginThrottle.MAX_FAILURES + " failed logins in " + LoginThrottle.WINDOW.toMinutes() + " minutes");
    }

    public LogoutHandler logout() {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.record(authentication, "logout", null, null);
            }
        };
    }

    private static String attempted(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? null : "username:" + username.strip();
    }
}
