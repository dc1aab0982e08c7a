package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.Checks;
import com.consort.studio.Draft;
import com.consort.studio.DraftVersion;
import com.consort.studio.Fact;
import com.consort.prompts.PromptRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of studio_draft and studio_draft_version; JSON columns are written and read here only. */
final class DraftStore {


    private final JdbcClient jdbc;
    private final JsonMapper json;

    DraftStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Draft d) {
        jdbc.sql("INSERT INTO studio_draft (id, partner_id, source_document_id, asset_type, language, owner, status, "
                + "current_version, lock_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.partnerId(), d.sourceDocumentId(), d.assetType().code(), d.language(), d.owner(),
                        d.status(), d.currentVersion(), d.lockVersion(), Timestamp.from(d.createdAt()),
                        Timestamp.from(d.updatedAt()))
                .update();
    }

    /** Moves the draft to {@code version} if it is still at {@code expected}; false when someone was first. */
    boolean advance(String id, int expected, int version, Instant now) {
        return jdbc.sql("UPDATE studio_draft SET current_version = ?, lock_version = lock_version + 1, updated_at = ? "
                + "WHERE id = ? AND current_version = ?").params(version, Timestamp.from(now), id, expected).update() == 1;
    }

    boolean status(String id, long expectedLock, String status, Instant now) {
        return jdbc.sql("UPDATE studio_draft SET status = ?, lock_version = lock_version + 1, updated_at = ? "
                + "WHERE id = ? AND lock_version = ?").params(status, Timestamp.from(now), id, expectedLock).update() == 1;
    }

    void insert(DraftVersion v) {
        jdbc.sql("INSERT INTO studio_draft_version (draft_id, version, content, rendered, facts, findings, prompt_refs, "
                + "mode, mode_note, submittable, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.draftId(), v.version(), json.writeValueAsString(v.sections()), v.rendered(),
                        json.writeValueAsString(v.facts()), json.writeValueAsString(v.checks()),
                        json.writeValueAsString(v.prompts()), v.mode(), v.modeNote(), v.submittable(), v.createdBy(),
                        Timestamp.from(v.createdAt()))
                .update();
    }

    Optional<Draft> find(String id) {
        return jdbc.sql("SELECT * FROM studio_draft WHERE id = ?").param(id).query(DraftStore::draft).optional();
    }

    List<Draft> list(String partnerId, String status, long offset, int limit) {
        var where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (partnerId != null) {
            where.append(" AND partner_id = ?");
            params.add(partnerId);
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status);
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT * FROM studio_draft" + where + " ORDER BY updated_at DESC, id LIMIT ? OFFSET ?")
                .params(params).query(DraftStore::draft).list();
    }

    Optional<DraftVersion> version(String id, int version) {
        return jdbc.sql("SELECT * FROM studio_draft_version WHERE draft_id = ? AND version = ?").params(id, version)
                .query(this::version).optional();
    }

    List<DraftVersion> versions(String id) {
        return jdbc.sql("SELECT * FROM studio_draft_version WHERE draft_id = ? ORDER BY version").param(id)
                .query(this::version).list();
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        return new Draft(rs.getString("id"), rs.getString("partner_id"), rs.getString("source_document_id"),
                AssetType.require(rs.getString("asset_type")), rs.getString("language"), rs.getString("owner"),
                rs.getString("status"), rs.getInt("current_version"), rs.getLong("lock_version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private DraftVersion version(ResultSet rs, int row) throws SQLException {
        Map<String, String> sections = json.readValue(rs.getString("content"), new TypeReference<LinkedHashMap<String, String>>() {
        });
        List<Fact> facts = json.readValue(rs.getString("facts"), new TypeReference<List<Fact>>() {
        });
        Checks checks = json.readValue(rs.getString("findings"), Checks.class);
        List<PromptRef> prompts = json.readValue(rs.getString("prompt_refs"), new TypeReference<List<PromptRef>>() {
        });
        return new DraftVersion(rs.getString("draft_id"), rs.getInt("version"), sections, rs.getString("rendered"), facts,
                checks, prompts, rs.getString("mode"), rs.getString("mode_note"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
