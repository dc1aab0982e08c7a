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
            if ("password".equals(method)) {
                throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
            }
            audit.record(authentication, "login", null, "method=" + method);
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    public AuthenticationFailureHandler failure(String method) {
        // the exception stays in the session for the login page, which shows a pause with its end
        var next = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottle.Paused paused) {
                // refused before the password was checked: not another failure, so the pause ends when it said
                audit.record("anonymous", null, "login.throttled", attempted(request), "paused until " + paused.until());
            } else {
                audit.record("anonymous", null, "login.failed", attempted(request),
                        "method=" + method + " reason=" + exception.getClass().getSimpleName());
                if ("password".equals(method)) {
                    throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                }
            }
            next.onAuthenticationFailure(request, response, exception);
        };
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
        // as typed, control characters made visible: the audit shows what was tried
        return username == null ? null : "username:" + username.strip().replaceAll("\\p{Cntrl}", "?");
    }
}
