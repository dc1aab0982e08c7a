-- The review workflow of studio drafts. studio_draft.status holds the state and its lock_version the
-- optimistic lock; this table keeps what the workflow needs besides: which version was submitted and
-- approved, by whom and when, the publication window, and the last decision's reason.
CREATE TABLE review_item (
    draft_id          VARCHAR(64)  PRIMARY KEY REFERENCES studio_draft (id) ON DELETE CASCADE,
    submitted_version INT,
    submitted_by      VARCHAR(200),
    submitted_at      TIMESTAMP WITH TIME ZONE,
    approved_version  INT,
    approved_by       VARCHAR(200),
    approved_at       TIMESTAMP WITH TIME ZONE,
    published_at      TIMESTAMP WITH TIME ZONE,
    effective_from    TIMESTAMP WITH TIME ZONE,
    expires_at        TIMESTAMP WITH TIME ZONE,
    decision_reason   VARCHAR(4000),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_item_expiry ON review_item (expires_at);

-- Comments on a draft, on one of its versions, optionally anchored to a passage of one section
-- (character offsets in that version's section text, with the quoted text as it was).
CREATE TABLE review_comment (
    id             VARCHAR(36)   PRIMARY KEY,
    draft_id       VARCHAR(64)   NOT NULL REFERENCES studio_draft (id) ON DELETE CASCADE,
    version        INT           NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    author         VARCHAR(200)  NOT NULL,
    author_name    VARCHAR(200),
    author_role    VARCHAR(20)   NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    anchor_section VARCHAR(64),
    anchor_start   INT,
    anchor_end     INT,
    anchor_quote   VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_comment_draft ON review_comment (draft_id, created_at);
