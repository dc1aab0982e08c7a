-- A partner that leaves an industry or a specialisation empty can meet it by its own words; this table lists those
-- partners per facet (PartnerRepository.save keeps it), so that on PostgreSQL they are a set like the holders of a
-- value (V695) and a question's facets are met by intersecting sets (issue 18).
CREATE TABLE partner_empty_facet (
    facet      VARCHAR(20) NOT NULL,
    partner_id VARCHAR(64) NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    PRIMARY KEY (facet, partner_id)
);
INSERT INTO partner_empty_facet (facet, partner_id)
    SELECT 'INDUSTRY', p.id FROM partner p
    WHERE NOT EXISTS (SELECT 1 FROM partner_facet f WHERE f.partner_id = p.id AND f.facet = 'INDUSTRY');
INSERT INTO partner_empty_facet (facet, partner_id)
    SELECT 'SPECIALIZATION', p.id FROM partner p
    WHERE NOT EXISTS (SELECT 1 FROM partner_facet f WHERE f.partner_id = p.id AND f.facet = 'SPECIALIZATION');
