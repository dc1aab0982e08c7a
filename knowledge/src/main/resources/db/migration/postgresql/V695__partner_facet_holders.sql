-- Partner search at a hyperscaler's size (issue 18): a question's facets are met by intersecting the sets of partners
-- that hold each value, read from this index alone (facet, value and partner), instead of probing every partner of the
-- widest facet for the others. H2 keeps the (facet, val) index and its per-partner probes (PartnerRepository.where).
DROP INDEX IF EXISTS partner_facet_lookup;
CREATE INDEX IF NOT EXISTS partner_facet_holders ON partner_facet (facet, val, partner_id);
