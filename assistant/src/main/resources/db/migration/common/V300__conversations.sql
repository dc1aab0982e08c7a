-- A seller's conversations with the assistant. The state (constraints in force, last shortlist) lets
-- follow-ups refine the previous turn after a restart; message_count doubles as the optimistic lock.
CREATE TABLE assistant_conversation (
    id            VARCHAR(36)  PRIMARY KEY,
    owner         VARCHAR(100) NOT NULL,
    title         VARCHAR(200),
    state         TEXT,
    message_count INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assistant_conversation_owner ON assistant_conversation (owner, updated_at);

CREATE TABLE assistant_message (
    conversation_id VARCHAR(36) NOT NULL REFERENCES assistant_conversation (id) ON DELETE CASCADE,
    seq             INT         NOT NULL,
    role            VARCHAR(10) NOT NULL,
    text            TEXT        NOT NULL,
    answer          TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
