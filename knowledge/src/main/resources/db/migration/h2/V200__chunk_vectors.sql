-- Vectors are stored as little-endian float32 bytes and searched in process (InProcessVectorIndex).
CREATE TABLE chunk_vector (
    chunk_id    VARCHAR(64) PRIMARY KEY,
    document_id VARCHAR(64) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    partner_id  VARCHAR(64),
    embedding   VARBINARY(1536) NOT NULL
);
CREATE INDEX chunk_vector_document ON chunk_vector (document_id);
CREATE INDEX chunk_vector_partner ON chunk_vector (partner_id);
CREATE INDEX chunk_vector_kind ON chunk_vector (kind);
