package com.consort.server.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A logged-in person changes their own password: over the API ({@code POST /api/me/password}) and on a
 * small page reached from the account menu ({@code /account/password}). The current password is
 * required, the new one must pass {@link PasswordPolicy}; afterwards every session of the account ends,
 * and the person logs in again with the new password. API keys have no password.
 */
@RestController
@Tag(name = "Account", description = "The caller's own account")
class PasswordController {

    record PasswordChange(@Size(max = 200) String currentPassword, @Size(max = 200) String newPassword) {
    }

    private final Users users;
    private final com.consort.server.audit.AuditLog audit;

    PasswordController(Users users, com.consort.server.audit.AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @PostMapping("/api/me/password")
    @Operation(summary = "Change my password", description = "For a logged-in user (not an API key): currentPassword and "
            + "newPassword (12+ characters, not a common or easily guessed password). Every session of the account "
            + "ends, this one too: log in again with the new password.")
    ResponseEntity<Void> change(@RequestBody(required = false) PasswordChange request, Authentication authentication) {
        String userId = userId(authentication);
        if (request == null) {
            throw new IllegalArgumentException("currentPassword and newPassword are required");
        }
        change(userId, request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    void change(String userId, String current, String next) {
        users.changeOwnPassword(userId, current, next);
        audit.record("user.password-changed", "user:" + userId, "by the user");
    }

    static String userId(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account) {
            return account.userId();
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Only a logged-in user has a password to change; an API key has none");
    }
}
