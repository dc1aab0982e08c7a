package com.consort.server.accounts;

import com.consort.server.audit.AuditLog;
import com.consort.server.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in to the web UI: the user {@code admin}, with CONSORT_ADMIN_PASSWORD when
 * it is set (applied at every start, so changing it and restarting resets the password), or on a first
 * run without it a generated password that is printed once and never again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final Users users;
    private final AuditLog audit;
    private final String configuredPassword;

    FirstAdmin(Users users, AuditLog audit, @Value("${consort.admin-password:}") String configuredPassword) {
        this.users = users;
        this.audit = audit;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        var existing = users.findByUsername(USERNAME);
        if (existing.isPresent()) {
            if (configured && !users.passwordMatches(existing.get().id(), configuredPassword)) {
                users.resetPassword(existing.get().id(), configuredPassword);
                audit.record(AuditLog.SYSTEM_ACTOR, null, "user.password-reset", existing.get().subject(),
                        "from CONSORT_ADMIN_PASSWORD");
            }
            return;
        }
        var created = users.create(USERNAME, "Administrator", null, Role.ADMIN, null, null,
                configured ? configuredPassword : null);
        audit.record(AuditLog.SYSTEM_ACTOR, null, "user.created", created.user().subject(), "username=admin role=ADMIN (first run)");
        if (!configured) {
            log.warn("""

                    ==================================================================
                     First run: the web UI user 'admin' was created. Its password is
                     shown only now:
                       {}
                     Log in at /login. Set CONSORT_ADMIN_PASSWORD to choose your own.
                    ==================================================================""", created.password());
        }
    }
}
