package com.consort.assistant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored conversations, each visible to its owner only. A message is answered outside any transaction
 * and then stored with its answer in one; if another message of the same conversation was stored in
 * the meantime (by another replica), the turn is answered again against the newer state, so no
 * message is ever lost.
 */
public class Conversations {

    public record Summary(String id, String title, int messages, Instant createdAt, Instant updatedAt) {
    }

    /** A stored message: the seller's ({@code role} "user", no answer) or the assistant's. */
    public record Message(int seq, String role, String text, Answer answer, Instant createdAt) {
    }

    public record Conversation(Summary summary, List<Message> messages) {
    }

    private final JsonMapper json;
    private static final int ATTEMPTS = 5;
    private static final String SUMMARY_COLUMNS = "id, title, message_count, created_at, updated_at";
    private static final RowMapper<Summary> SUMMARY = (rs, i) -> new Summary(rs.getString(1), rs.getString(2), rs.getInt(3),
            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Assistant assistant;
    private final Lock[] turnLocks = new Lock[64];

    public Conversations(JdbcClient jdbc, TransactionTemplate transactions, Assistant assistant, JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.assistant = assistant;
        for (int i = 0; i < turnLocks.length; i++) {
            turnLocks[i] = new ReentrantLock();
        }
    }

    public Summary create(String owner) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO assistant_conversation (id, owner, message_count, created_at, updated_at) VALUES (?, ?, 0, ?, ?)")
                .params(id, owner, now, now).update();
        return new Summary(id, null, 0, now.toInstant(), now.toInstant());
    }

    public List<Summary> list(String owner, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM assistant_conversation WHERE owner = ? ORDER BY updated_at DESC, id LIMIT ?")
                .params(owner, limit)
                .query(SUMMARY)
                .list();
    }

    /** The conversation with its messages; absent (as if it did not exist) for anyone but its owner. */
    public Conversation get(String id, String owner) {
        Summary summary = summary(id, owner);
        List<Message> messages = jdbc.sql("SELECT seq, role, text, answer, created_at FROM assistant_message WHERE conversation_id = ? ORDER BY seq")
                .param(id)
                .query((rs, i) -> new Message(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : json.readValue(rs.getString(4), Answer.class),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
        return new Conversation(summary, messages);
    }

    public void delete(String id, String owner) {
        if (jdbc.sql("DELETE FROM assistant_conversation WHERE id = ? AND owner = ?").params(id, owner).update() == 0) {
            throw new NoSuchElementException("No conversation " + id);
        }
    }

    /** Answers the seller's message in the context of the conversation and stores both. */
    public Answer post(String id, String owner, String text) {
        // One turn at a time per conversation in this process; the optimistic check covers other replicas.
        Lock lock = turnLocks[Math.floorMod(id.hashCode(), turnLocks.length)];
        lock.lock();
        try {
            return answerAndStore(id, owner, text);
        } finally {
            lock.unlock();
        }
    }

    private Answer answerAndStore(String id, String owner, String text) {
        for (int attempt = 1; ; attempt++) {
            record Stored(ConversationState state, int count) {
            }
            Stored stored = jdbc.sql("SELECT state, message_count FROM assistant_conversation WHERE id = ? AND owner = ?")
                    .params(id, owner)
                    .query((rs, i) -> new Stored(rs.getString(1) == null ? ConversationState.EMPTY
                            : json.readValue(rs.getString(1), ConversationState.class), rs.getInt(2)))
                    .optional().orElseThrow(() -> new NoSuchElementException("No conversation " + id));
            List<String> history = new ArrayList<>(jdbc.sql("SELECT text FROM assistant_message WHERE conversation_id = ? AND role = 'user' ORDER BY seq")
                    .param(id).query(String.class).list());
            Assistant.Exchange exchange = assistant.respond(text, stored.state(), history);
            Boolean saved = transactions.execute(tx -> save(id, text, exchange, stored.count()));
            if (Boolean.TRUE.equals(saved)) {
                return exchange.answer();
            }
            if (attempt == ATTEMPTS) {
                throw new ConversationBusyException("Conversation " + id + " received too many messages at once; send the message again");
            }
        }
    }

    private boolean save(String id, String text, Assistant.Exchange exchange, int expectedCount) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String title = text.length() <= 80 ? text : text.substring(0, 77) + "...";
        int updated = jdbc.sql("UPDATE assistant_conversation SET state = ?, message_count = message_count + 2, updated_at = ?, "
                        + "title = COALESCE(title, ?) WHERE id = ? AND message_count = ?")
                .params(json.writeValueAsString(exchange.state()), now, title, id, expectedCount).update();
        if (updated == 0) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO assistant_message (conversation_id, seq, role, text, answer, created_at) VALUES (?, ?, 'user', ?, NULL, ?)")
                    .params(id, expectedCount + 1, text.strip(), now).update();
            jdbc.sql("INSERT INTO assistant_message (conversation_id, seq, role, text, answer, created_at) VALUES (?, ?, 'assistant', ?, ?, ?)")
                    .params(id, expectedCount + 2, exchange.answer().answer(), json.writeValueAsString(exchange.answer()), now).update();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("Conversation " + id + " changed while saving", e);
        }
        return true;
    }

    private Summary summary(String id, String owner) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM assistant_conversation WHERE id = ? AND owner = ?")
                .params(id, owner)
                .query(SUMMARY)
                .optional().orElseThrow(() -> new NoSuchElementException("No conversation " + id));
    }
}
