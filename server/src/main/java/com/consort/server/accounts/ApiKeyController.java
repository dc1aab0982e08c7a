package com.consort.server.accounts;

import com.consort.knowledge.PartnerDirectory;
import com.consort.server.audit.AuditLog;
import com.consort.server.security.ApiKey;
import com.consort.server.security.ApiKeyPrincipal;
import com.consort.server.security.ApiKeys;
import com.consort.server.security.ConsortPrincipal;
import com.consort.server.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "API keys", description = "Machine credentials; admins only")
class ApiKeyController {

    /** {@code userId}: the user the key is issued to (it then has that user's role and partner, and counts as that person). */
    record NewKey(@NotBlank @Size(max = 100) String name, @NotNull Role role, @Size(max = 64) String partnerId,
            @Size(max = 36) String userId) {
    }

    record KeyCreated(String id, String name, Role role, String partnerId, String userId, String key) {
    }

    /** Who is calling: keyId for an API key, userId for a logged-in user; subject is the one ownership records keep. */
    record Me(String subject, String keyId, String userId, String name, Role role, String partnerId) {
    }

    private final ApiKeys apiKeys;
    private final AuditLog audit;
    private final Users users;
    private final PartnerDirectory directory;

    ApiKeyController(ApiKeys apiKeys, AuditLog audit, Users users, PartnerDirectory directory) {
        this.apiKeys = apiKeys;
        this.audit = audit;
        this.users = users;
        this.directory = directory;
    }

    @PostMapping("/api/admin/api-keys")
    @Operation(summary = "Create an API key", description = "The key is in the response once and is stored only as a hash.")
    ResponseEntity<KeyCreated> create(@Valid @RequestBody NewKey request) {
        if (request.role() == Role.PARTNER && (request.partnerId() == null || request.partnerId().isBlank())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A PARTNER key needs a partnerId");
        }
        // as for users: a partner's key belongs to a partner in the directory, and only a partner's key has one
        if (request.role() == Role.PARTNER && directory.find(request.partnerId().trim()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No partner " + request.partnerId() + " in the directory");
        }
        if (request.role() != Role.PARTNER && blank(request.partnerId()) != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Only PARTNER keys belong to a partner; leave partnerId out for "
                    + request.role());
        }
        String userId = request.userId() == null || request.userId().isBlank() ? null : request.userId();
        if (userId != null) {
            var user = users.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "No user with id " + request.userId()));
            if (user.role() != request.role() || !java.util.Objects.equals(user.partnerId(), blank(request.partnerId()))) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A key issued to a user has that user's role ("
                        + user.role() + ")" + (user.partnerId() == null ? "" : " and partnerId (" + user.partnerId() + ")"));
            }
        }
        var created = apiKeys.create(request.name().trim(), request.role(), blank(request.partnerId()), userId);
        ApiKey key = created.key();
        audit.record("api-key.created", "key:" + key.id(), "name=" + key.name() + " role=" + key.role()
                + (key.partnerId() == null ? "" : " partnerId=" + key.partnerId()) + (userId == null ? "" : " user=" + userId));
        return ResponseEntity.created(URI.create("/api/admin/api-keys/" + key.id()))
                .body(new KeyCreated(key.id(), key.name(), key.role(), key.partnerId(), userId, created.plaintext()));
    }

    @GetMapping("/api/admin/api-keys")
    @Operation(summary = "List API keys", description = "Never includes the keys themselves. lastUsedAt is kept to the minute.")
    List<ApiKey> list() {
        return apiKeys.list();
    }

    @DeleteMapping("/api/admin/api-keys/{id}")
    @Operation(summary = "Revoke an API key")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!apiKeys.revoke(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No active API key with id " + id);
        }
        audit.record("api-key.revoked", "key:" + id, null);
        return ResponseEntity.noContent().build();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who am I", description = "The role and partner of the calling key or logged-in user; any role.")
    Me me(@AuthenticationPrincipal ConsortPrincipal principal) {
        String keyId = principal instanceof ApiKeyPrincipal key ? key.keyId() : null;
        String userId = principal.subject().startsWith("user:") ? principal.subject().substring(5) : null;
        return new Me(principal.subject(), keyId, userId, principal.displayName(), principal.role(), principal.partnerId());
    }
}
