package com.consort.server.security;

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

    record NewKey(@NotBlank @Size(max = 100) String name, @NotNull Role role, @Size(max = 64) String partnerId) {
    }

    record KeyCreated(String id, String name, Role role, String partnerId, String key) {
    }

    record Caller(String keyId, String name, Role role, String partnerId) {
    }

    private final ApiKeys apiKeys;

    ApiKeyController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @PostMapping("/api/admin/api-keys")
    @Operation(summary = "Create an API key", description = "The key is in the response once and is stored only as a hash.")
    ResponseEntity<KeyCreated> create(@Valid @RequestBody NewKey request) {
        if (request.role() == Role.PARTNER && (request.partnerId() == null || request.partnerId().isBlank())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A PARTNER key needs a partnerId");
        }
        var created = apiKeys.create(request.name().trim(), request.role(), request.partnerId());
        ApiKey key = created.key();
        return ResponseEntity.created(URI.create("/api/admin/api-keys/" + key.id()))
                .body(new KeyCreated(key.id(), key.name(), key.role(), key.partnerId(), created.plaintext()));
    }

    @GetMapping("/api/admin/api-keys")
    @Operation(summary = "List API keys", description = "Never includes the keys themselves.")
    List<ApiKey> list() {
        return apiKeys.list();
    }

    @DeleteMapping("/api/admin/api-keys/{id}")
    @Operation(summary = "Revoke an API key")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!apiKeys.revoke(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No active API key with id " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who am I", description = "The role and partner of the calling key; any role.")
    Caller me(@AuthenticationPrincipal ApiKeyPrincipal caller) {
        return new Caller(caller.keyId(), caller.name(), caller.role(), caller.partnerId());
    }
}
