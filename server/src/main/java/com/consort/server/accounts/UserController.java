package com.consort.server.accounts;

import com.consort.knowledge.PartnerDirectory;
import com.consort.server.audit.AuditLog;
import com.consort.server.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users", description = "People who log in to the web UI; admins only")
class UserController {

    record NewUser(@NotBlank @Size(max = 100) String username, @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email, @NotNull Role role, @Size(max = 64) String partnerId,
            @Size(max = 200) String password) {
    }

    /** {@code password} is present only when Consort generated it: shown this once. */
    record UserCreated(UserAccount user, String password) {
    }

    record NewPassword(@Size(max = 200) String password) {
    }

    record PasswordReset(String userId, String password) {
    }

    private final Users users;
    private final PartnerDirectory directory;
    private final AuditLog audit;

    UserController(Users users, PartnerDirectory directory, AuditLog audit) {
        this.users = users;
        this.directory = directory;
        this.audit = audit;
    }

    @PostMapping("/api/admin/users")
    @Operation(summary = "Create a user", description = "A PARTNER user needs the partnerId of a partner in the directory; "
            + "other roles belong to the vendor. Without a password one is generated and returned once.")
    @Transactional
    ResponseEntity<UserCreated> create(@Valid @RequestBody NewUser request) {
        String partnerName = null;
        if (request.role() == Role.PARTNER && request.partnerId() != null && !request.partnerId().isBlank()) {
            partnerName = directory.find(request.partnerId())
                    .orElseThrow(() -> new IllegalArgumentException("No partner " + request.partnerId() + " in the directory"))
                    .name();
        }
        var created = users.create(request.username(), request.displayName(), request.email(), request.role(),
                request.partnerId(), partnerName, request.password());
        UserAccount user = created.user();
        audit.record("user.created", user.subject(), "username=" + user.username() + " role=" + user.role()
                + (user.partnerId() == null ? "" : " partnerId=" + user.partnerId()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.id())).body(new UserCreated(user, created.password()));
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "List users", description = "Optionally by role and partner.")
    List<UserAccount> list(@RequestParam(required = false) Role role, @RequestParam(required = false) String partnerId) {
        return users.list(role, partnerId == null || partnerId.isBlank() ? null : partnerId);
    }

    @GetMapping("/api/admin/users/{id}")
    @Operation(summary = "One user")
    UserAccount get(@PathVariable String id) {
        return users.find(id).orElseThrow(() -> new NoSuchElementException("No user with id " + id));
    }

    @PostMapping("/api/admin/users/{id}/disable")
    @Operation(summary = "Disable a user", description = "The user can no longer log in; open sessions end at their next request.")
    @Transactional
    UserAccount disable(@PathVariable String id) {
        return setEnabled(id, false);
    }

    @PostMapping("/api/admin/users/{id}/enable")
    @Operation(summary = "Enable a disabled user")
    @Transactional
    UserAccount enable(@PathVariable String id) {
        return setEnabled(id, true);
    }

    @PostMapping("/api/admin/users/{id}/password")
    @Operation(summary = "Reset a user's password", description = "Sets the given password, or generates one and returns it "
            + "once. Open sessions of the user end.")
    @Transactional
    PasswordReset resetPassword(@PathVariable String id, @Valid @RequestBody(required = false) NewPassword request) {
        String given = request == null || request.password() == null || request.password().isEmpty() ? null : request.password();
        String generated = users.resetPassword(id, given).orElse(null);
        audit.record("user.password-reset", "user:" + id, given == null ? "generated" : "set by admin");
        return new PasswordReset(id, generated);
    }

    private UserAccount setEnabled(String id, boolean enabled) {
        if (!users.setEnabled(id, enabled)) {
            throw new NoSuchElementException("No user with id " + id);
        }
        audit.record(enabled ? "user.enabled" : "user.disabled", "user:" + id, null);
        return users.find(id).orElseThrow();
    }

    @ExceptionHandler(Users.UsernameTakenException.class)
    ProblemDetail taken(Users.UsernameTakenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
