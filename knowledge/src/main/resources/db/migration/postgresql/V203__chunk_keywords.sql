-- Keyword search in PostgreSQL: English full-text vectors kept by the database itself.
ALTER TABLE chunk ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX chunk_tsv ON chunk USING gin (tsv);
