package com.consort.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Creates, checks and revokes API keys. Keys are 256-bit random strings, so a fast SHA-256 hash is
 * enough to make a stolen table useless while keeping each request's check to one indexed lookup.
 */
@Service
public class ApiKeys {

    /** The plaintext is returned once, here, and never stored. */
    public record CreatedKey(ApiKey key, String plaintext) {
    }

    private static final String PREFIX = "csk_";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    public ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CreatedKey create(String name, Role role, String partnerId) {
        return create(name, role, partnerId, null);
    }

    /** A key issued to the user {@code userId} (null: a machine's key) acts as that person in two-person rules. */
    public CreatedKey create(String name, Role role, String partnerId, String userId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String plaintext = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new CreatedKey(insert(name, role, partnerId, userId, plaintext), plaintext);
    }

    /** The user a key was issued to, if any. */
    public Optional<String> userOf(String keyId) {
        return jdbc.sql("SELECT user_id FROM api_key WHERE id = ?").param(keyId).query(String.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    /** Makes sure a key with this exact value exists with this role (used for the configured admin key). */
    public ApiKey ensure(String plaintext, String name, Role role) {
        return findByHash(hash(plaintext))
                .filter(k -> k.active() && k.role() == role)
                .orElseGet(() -> {
                    jdbc.sql("DELETE FROM api_key WHERE key_hash = ?").param(hash(plaintext)).update();
                    return insert(name, role, null, null, plaintext);
                });
    }

    public Optional<ApiKey> authenticate(String plaintext) {
        if (plaintext == null || plaintext.isBlank() || plaintext.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiKey> key = findByHash(hash(plaintext)).filter(ApiKey::active);
        key.ifPresent(this::touch);
        return key;
    }

    public Optional<ApiKey> find(String id) {
        return jdbc.sql("SELECT * FROM api_key WHERE id = ?").param(id).query(ApiKeys::map).optional();
    }

    public List<ApiKey> list() {
        return jdbc.sql("SELECT * FROM api_key ORDER BY created_at, id").query(ApiKeys::map).list();
    }

    public boolean hasActiveKey(Role role) {
        return jdbc.sql("SELECT count(*) FROM api_key WHERE role = ? AND revoked_at IS NULL")
                .param(role.name()).query(Integer.class).single() > 0;
    }

    public boolean revoke(String id) {
        return jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), id).update() == 1;
    }

    private ApiKey insert(String name, Role role, String partnerId, String userId, String plaintext) {
        ApiKey key = new ApiKey(UUID.randomUUID().toString(), name, role, partnerId, Instant.now(), null, null, userId);
        jdbc.sql("INSERT INTO api_key (id, name, key_hash, role, partner_id, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(key.id(), name, hash(plaintext), role.name(), partnerId, userId, Timestamp.from(key.createdAt()))
                .update();
        return key;
    }

    // A write per request would make every read a write; minute resolution is what an admin needs.
    private void touch(ApiKey key) {
        Instant now = Instant.now();
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
            jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), key.id()).update();
        }
    }

    private Optional<ApiKey> findByHash(String hash) {
        return jdbc.sql("SELECT * FROM api_key WHERE key_hash = ?").param(hash).query(ApiKeys::map).optional();
    }

    static String hash(String plaintext) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        return new ApiKey(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getString("partner_id"), instant(rs, "created_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"), rs.getString("user_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
