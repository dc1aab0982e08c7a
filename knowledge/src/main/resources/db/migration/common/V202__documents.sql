CREATE TABLE document (
    id           VARCHAR(64)  PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    partner_id   VARCHAR(64),
    title        VARCHAR(500) NOT NULL,
    file_name    VARCHAR(500),
    media_type   VARCHAR(100),
    content_hash CHAR(64)     NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    error        VARCHAR(2000),
    chunk_count  INT          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Uploading the same bytes twice finds the first document instead of indexing it again.
CREATE UNIQUE INDEX document_content_hash ON document (content_hash);
CREATE INDEX document_partner ON document (partner_id);

CREATE TABLE chunk (
    id          VARCHAR(64)   PRIMARY KEY,
    document_id VARCHAR(64)   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    partner_id  VARCHAR(64),
    ordinal     INT           NOT NULL,
    locator     VARCHAR(300),
    text        VARCHAR(8000) NOT NULL
);
CREATE INDEX chunk_document ON chunk (document_id);
CREATE INDEX chunk_partner ON chunk (partner_id);
