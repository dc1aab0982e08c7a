package com.consort.server.accounts;

import com.consort.server.security.Role;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: created by admins (or at first run and for the demo), each in one organisation with one
 * role. Passwords are stored only as bcrypt hashes (Spring Security's delegating encoder, so the
 * algorithm can be raised later without a migration).
 */
@Service
public class Users implements UserDetailsService {

    /** A new account; {@code password} is set only when Consort generated it, and is shown this once. */
    public record Created(UserAccount user, String password) {
    }

    public static final class UsernameTakenException extends RuntimeException {
        UsernameTakenException(String username) {
            super("The username or email is already taken: " + username);
        }
    }

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organisations organisations;
    private final String unmatchable;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Organisations organisations) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organisations = organisations;
        this.unmatchable = passwords.encode(generatePassword() + generatePassword());
    }

    /**
     * Creates an account. A PARTNER belongs to its partner's organisation (named {@code partnerName}),
     * every other role to the vendor's. A null password means "generate one" (returned once).
     */
    @Transactional
    public Created create(String username, String displayName, String email, Role role, String partnerId,
            String partnerName, String password) {
        if (password != null) {
            PasswordPolicy.check(password, username, email, displayName);
        }
        return insert(username, displayName, email, role, partnerId, partnerName, password);
    }

    /** The demo users, with their published password ({@link DemoUsers}): for trying Consort only, never checked. */
    Created createDemo(String username, String displayName, Role role, String partnerId, String partnerName, String password) {
        return insert(username, displayName, null, role, partnerId, partnerName, password);
    }

    private Created insert(String username, String displayName, String email, Role role, String partnerId,
            String partnerName, String password) {
        String name = normaliseUsername(username);
        if (role == Role.PARTNER && (partnerId == null || partnerId.isBlank())) {
            throw new IllegalArgumentException("A PARTNER user needs a partnerId");
        }
        if (role != Role.PARTNER && partnerId != null && !partnerId.isBlank()) {
            throw new IllegalArgumentException("Only PARTNER users belong to a partner; leave partnerId out for " + role);
        }
        String generated = password == null ? generatePassword() : null;
        String hash = passwords.encode(password == null ? generated : password);
        String organisation = role == Role.PARTNER ? organisations.forPartner(partnerId, partnerName) : Organisations.VENDOR;
        var user = new UserAccount(UUID.randomUUID().toString(), name,
                displayName == null || displayName.isBlank() ? name : displayName.trim(),
                email == null || email.isBlank() ? null : Logins.normalise(email).orElseThrow(
                        () -> new IllegalArgumentException("An email has at most 320 characters and no control characters")),
                role, organisation,
                role == Role.PARTNER ? partnerId : null, true, Instant.now(), null);
        try {
            jdbc.sql("""
                    INSERT INTO app_user (id, username, display_name, email, password_hash, role, organisation_id,
                        partner_id, enabled, session_epoch, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, ?)""")
                    .params(user.id(), user.username(), user.displayName(), user.email(), hash, role.name(),
                            organisation, user.partnerId(), Timestamp.from(user.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(user.email() == null ? name : name + " / " + user.email());
        }
        return new Created(user, generated);
    }

    public List<UserAccount> list(Role role, String partnerId) {
        var sql = new StringBuilder("SELECT * FROM app_user WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (role != null) {
            sql.append(" AND role = ?");
            params.add(role.name());
        }
        if (partnerId != null) {
            sql.append(" AND partner_id = ?");
            params.add(partnerId);
        }
        return jdbc.sql(sql + " ORDER BY username").params(params).query(Users::map).list();
    }

    public Optional<UserAccount> find(String id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(Users::map).optional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return Logins.normalise(username).flatMap(name -> jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(name)
                .query(Users::map).optional());
    }

    public Optional<UserAccount> findByEmail(String email) {
        return Logins.normalise(email).flatMap(address -> jdbc.sql("SELECT * FROM app_user WHERE email = ?").param(address)
                .query(Users::map).optional());
    }

    /** The id of the account a login names (its username or its email, normalised by {@link Logins}). */
    Optional<String> accountId(String normalisedLogin) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ? OR email = ?").params(normalisedLogin, normalisedLogin)
                .query(String.class).list().stream().findFirst();
    }

    /** Enables or disables an account; disabling ends its open sessions. False when there is no such user. */
    public boolean setEnabled(String id, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = ?, session_epoch = session_epoch + 1 WHERE id = ?")
                .params(enabled, id).update() == 1;
    }

    /** Sets a new password (generated when null, and returned) and ends the account's open sessions. */
    public Optional<String> resetPassword(String id, String password) {
        UserAccount user = find(id).orElseThrow(() -> new java.util.NoSuchElementException("No user with id " + id));
        String generated = password == null ? generatePassword() : null;
        String hash = passwords.encode(password == null ? generated
                : PasswordPolicy.check(password, user.username(), user.email(), user.displayName()));
        int updated = jdbc.sql("UPDATE app_user SET password_hash = ?, session_epoch = session_epoch + 1 WHERE id = ?")
                .params(hash, id).update();
        if (updated == 0) {
            throw new java.util.NoSuchElementException("No user with id " + id);
        }
        return Optional.ofNullable(generated);
    }

    boolean passwordMatches(String id, String password) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class).optional().orElse(null);
        return hash != null && passwords.matches(password, hash);
    }

    public void recordLogin(String id) {
        jdbc.sql("UPDATE app_user SET last_login_at = ? WHERE id = ?").params(Timestamp.from(Instant.now()), id).update();
    }

    /** Whether a session opened at {@code epoch} may go on: the account is enabled and nothing ended its sessions since. */
    boolean sessionStillValid(String id, int epoch) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE id = ? AND enabled = TRUE AND session_epoch = ?")
                .params(id, epoch).query(Integer.class).single() == 1;
    }

    int sessionEpoch(String id) {
        return jdbc.sql("SELECT session_epoch FROM app_user WHERE id = ?").param(id).query(Integer.class).single();
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    /** Form login: by username or email, case-insensitive. */
    @Override
    public UserDetails loadUserByUsername(String login) {
        // the same normal form as the throttle counts; a login with a control character names nobody
        String key = Logins.normalise(login).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return jdbc.sql("SELECT * FROM app_user WHERE username = ? OR email = ?").params(key, key)
                .query((rs, row) -> new UserPrincipal(rs.getString("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("partner_id"),
                        rs.getInt("session_epoch"), rs.getBoolean("enabled"),
                        // an account without a password (OpenID Connect only) can never match one
                        rs.getString("password_hash") == null ? unmatchable : rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    static String normaliseUsername(String username) {
        String name = Logins.normalise(username).orElse("");
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "A username has 3 to 100 characters: letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return name;
    }

    /**
     * A user changes their own password: the current one must be right, the new one pass the policy. Every
     * session of the account ends, this one too: the person logs in again with the new password.
     */
    @Transactional
    public void changeOwnPassword(String id, String currentPassword, String newPassword) {
        UserAccount user = find(id).orElseThrow(() -> new java.util.NoSuchElementException("No user with id " + id));
        if (currentPassword == null || !passwordMatches(id, currentPassword)) {
            throw new IllegalArgumentException("The current password is not right");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new IllegalArgumentException("The new password is the current one");
        }
        String hash = passwords.encode(PasswordPolicy.check(newPassword, user.username(), user.email(), user.displayName()));
        jdbc.sql("UPDATE app_user SET password_hash = ?, session_epoch = session_epoch + 1 WHERE id = ?").params(hash, id).update();
    }

    private String generatePassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes); // 20 characters, 120 bits
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserAccount(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("organisation_id"),
                rs.getString("partner_id"), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                lastLogin == null ? null : lastLogin.toInstant());
    }
}
