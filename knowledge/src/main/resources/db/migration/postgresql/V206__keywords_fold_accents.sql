-- Keyword search folds accents, as the embedded set-up does: "Montréal" and "Montreal" are one term.
-- unaccent ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION consort_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION consort_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
ALTER TABLE chunk DROP COLUMN tsv;
ALTER TABLE chunk ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('consort_english', text)) STORED;
CREATE INDEX chunk_tsv ON chunk USING gin (tsv);
