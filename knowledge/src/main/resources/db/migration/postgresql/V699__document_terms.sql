-- Which stories and partners hold which terms (CorpusTerms' keys: Java's light stems cut to six letters, so not the
-- tsvector's lexemes), kept by the database as documents are indexed instead of learnt into the server's memory: at
-- 1,000,000 chunks every story's and partner's terms took most of a 318 MB heap (issue 18). One row per profile and
-- story, written by PgTermHolders when the keyword index is told of its chunks; a partner's terms are those of its
-- rows. V699_1 fills it for the documents already indexed.
CREATE TABLE document_terms (
    document_id VARCHAR(64) PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    partner_id  VARCHAR(64),
    terms       TEXT[]      NOT NULL
);
-- Its reads are a few thousand rows through an index: parallel workers made them 45 to 100 ms instead of 6 on two cores.
ALTER TABLE document_terms SET (parallel_workers = 0);
-- "Which stories hold these terms?" (the evidence answer's best stories)
CREATE INDEX document_terms_story_terms ON document_terms USING gin (terms) WHERE kind = 'case_study';
-- "Which of these partners' profiles and stories hold these rare terms?" (a question's word criteria): the terms'
-- few holders, then the candidates among them; reading every candidate's row took 50 to 160 ms for 3,000 candidates
CREATE INDEX document_terms_profile_terms ON document_terms USING gin (terms) WHERE kind = 'profile';
CREATE INDEX document_terms_partner ON document_terms (partner_id);

-- How many stories there are and how many hold each term (the evidence answer's weights), kept as rows change.
CREATE TABLE story_corpus (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    stories BIGINT NOT NULL
);
INSERT INTO story_corpus (stories) VALUES (0);
CREATE TABLE story_term (
    term    TEXT   PRIMARY KEY,
    stories BIGINT NOT NULL
);

-- A story's row in or out. The corpus row is updated first, so two writers queue on it rather than deadlock on terms.
CREATE FUNCTION story_terms_counted() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.kind = 'case_study' THEN
        UPDATE story_corpus SET stories = stories - 1;
        UPDATE story_term SET stories = stories - 1 WHERE term = ANY (OLD.terms);
        DELETE FROM story_term WHERE term = ANY (OLD.terms) AND stories <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind = 'case_study' THEN
        UPDATE story_corpus SET stories = stories + 1;
        INSERT INTO story_term (term, stories) SELECT DISTINCT t, 1 FROM unnest(NEW.terms) AS t ORDER BY t
        ON CONFLICT (term) DO UPDATE SET stories = story_term.stories + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER story_terms_counted AFTER INSERT OR UPDATE OR DELETE ON document_terms
    FOR EACH ROW EXECUTE FUNCTION story_terms_counted();
