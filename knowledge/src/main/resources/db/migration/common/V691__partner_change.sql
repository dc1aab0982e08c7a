-- The directory's change counter: one row, raised in the same transaction as every write to a partner or its
-- facet values (PartnerRepository). Caches of the directory (partner names, the best partners by tier and
-- satisfaction) compare it to know whether to read the directory again; before, they compared count(*) and
-- max(updated_at) over every partner, which read the whole table (0.18 s at 100,000 partners) and missed a
-- renamed facet value.
CREATE TABLE partner_change (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO partner_change (id, version) VALUES (1, 0);
