-- The extension must be created by a superuser once per database (see README, production set-up);
-- IF NOT EXISTS makes this a no-op then.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE chunk_vector (
    chunk_id    VARCHAR(64) PRIMARY KEY,
    document_id VARCHAR(64) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    partner_id  VARCHAR(64),
    embedding   vector(384) NOT NULL
);
CREATE INDEX chunk_vector_embedding ON chunk_vector USING hnsw (embedding vector_cosine_ops);
CREATE INDEX chunk_vector_document ON chunk_vector (document_id);
CREATE INDEX chunk_vector_partner ON chunk_vector (partner_id);
CREATE INDEX chunk_vector_kind ON chunk_vector (kind);
