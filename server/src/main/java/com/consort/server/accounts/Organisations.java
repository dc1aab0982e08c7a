package com.consort.server.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The vendor's organisation and one per partner, created when a partner's first account is. */
@Service
public class Organisations {

    public static final String VENDOR = "vendor";

    public record Organisation(String id, String kind, String partnerId, String name) {
    }

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation of a partner, created on first use; concurrent first uses end with one row. */
    public String forPartner(String partnerId, String name) {
        return find(partnerId).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            try {
                jdbc.sql("INSERT INTO organisation (id, kind, partner_id, name, created_at) VALUES (?, 'PARTNER', ?, ?, ?)")
                        .params(id, partnerId, name == null || name.isBlank() ? partnerId : name,
                                Timestamp.from(Instant.now()))
                        .update();
                return id;
            } catch (DuplicateKeyException raced) {
                return find(partnerId).orElseThrow();
            }
        });
    }

    public List<Organisation> list() {
        return jdbc.sql("SELECT id, kind, partner_id, name FROM organisation ORDER BY kind DESC, name")
                .query((rs, row) -> new Organisation(rs.getString("id"), rs.getString("kind"), rs.getString("partner_id"),
                        rs.getString("name")))
                .list();
    }

    private Optional<String> find(String partnerId) {
        return jdbc.sql("SELECT id FROM organisation WHERE partner_id = ?").param(partnerId).query(String.class).optional();
    }
}
