-- Fair exposure (issue 19): every shortlist of partners the assistant, /v1, MCP or the partner search API
-- recommended, so a partner team can see whether recommendations spread by fit or by habit. The question
-- is kept as a hash (the same question counts as the same question); its text only for vendor callers,
-- never for a PARTNER. best_fit: the partner's score was within the exposure epsilon of the list's top score.
CREATE TABLE recommendation (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    question_hash VARCHAR(64)  NOT NULL,
    question      VARCHAR(2000),
    asked_by      VARCHAR(200) NOT NULL,
    asker_role    VARCHAR(16)  NOT NULL,
    channel       VARCHAR(16)  NOT NULL
);
CREATE INDEX recommendation_asked_at ON recommendation (asked_at);

CREATE TABLE recommendation_partner (
    recommendation_id VARCHAR(36) NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    partner_id        VARCHAR(64) NOT NULL,
    rank_shown        INT         NOT NULL,
    score             DOUBLE PRECISION,
    best_fit          BOOLEAN     NOT NULL,
    PRIMARY KEY (recommendation_id, partner_id)
);
CREATE INDEX recommendation_partner_partner ON recommendation_partner (partner_id);

-- When the opportunity was opened, from the export's Created Date when it has one: the time to close.
ALTER TABLE opportunity ADD COLUMN created_date DATE;
