-- Content studio: brand kits, drafts and their versions. JSON is kept as text (read and written by the
-- studio only), so the same DDL runs on H2 (PostgreSQL mode) and PostgreSQL.

-- One kit for the vendor (id 'vendor', no partner) and one per partner (id = partner id).
CREATE TABLE studio_brand_kit (
    id               VARCHAR(64)   PRIMARY KEY,
    partner_id       VARCHAR(64),
    name             VARCHAR(300)  NOT NULL,
    logo_url         VARCHAR(1000),
    primary_colour   VARCHAR(7)    NOT NULL,
    accent_colour    VARCHAR(7)    NOT NULL,
    voice            VARCHAR(2000) NOT NULL,
    boilerplate      VARCHAR(4000) NOT NULL,
    disclaimer       VARCHAR(4000) NOT NULL,
    banned_terms     VARCHAR(4000) NOT NULL,
    required_phrases VARCHAR(4000) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX studio_brand_kit_partner ON studio_brand_kit (partner_id);

-- A draft asset. status is driven by the review workflow (draft, in_review, ...); lock_version grows
-- with every change of the row, for optimistic locking of edits and transitions.
CREATE TABLE studio_draft (
    id                 VARCHAR(64)  PRIMARY KEY,
    partner_id         VARCHAR(64),
    source_document_id VARCHAR(64)  NOT NULL,
    asset_type         VARCHAR(32)  NOT NULL,
    language           VARCHAR(16)  NOT NULL,
    owner              VARCHAR(200) NOT NULL,
    status             VARCHAR(32)  NOT NULL DEFAULT 'draft',
    current_version    INT          NOT NULL,
    lock_version       BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX studio_draft_partner ON studio_draft (partner_id);
CREATE INDEX studio_draft_status ON studio_draft (status);

-- Every version of a draft, never changed once written: the editable sections (content), the rendered
-- asset, the story facts it was written from, the claim and brand findings, and which prompts made it.
CREATE TABLE studio_draft_version (
    draft_id    VARCHAR(64)  NOT NULL REFERENCES studio_draft (id) ON DELETE CASCADE,
    version     INT          NOT NULL,
    content     TEXT         NOT NULL,
    rendered    TEXT         NOT NULL,
    facts       TEXT         NOT NULL,
    findings    TEXT         NOT NULL,
    prompt_refs TEXT         NOT NULL,
    mode        VARCHAR(16)  NOT NULL,
    mode_note   VARCHAR(1000),
    submittable BOOLEAN      NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (draft_id, version)
);
