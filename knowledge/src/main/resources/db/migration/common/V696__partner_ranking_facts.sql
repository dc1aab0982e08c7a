-- What partner search ranks every candidate by besides its passages, kept on the partner row by PartnerRepository.save
-- (with the same statement as below) and by a rename of a tier or certification value: reading a window of 20,000
-- candidates no longer probes partner_facet twice per row for its tier and its number of certifications (issue 18).
ALTER TABLE partner ADD COLUMN tier VARCHAR(200);
ALTER TABLE partner ADD COLUMN certifications INT DEFAULT 0 NOT NULL;
UPDATE partner SET
    tier = (SELECT MIN(t.val) FROM partner_facet t WHERE t.partner_id = partner.id AND t.facet = 'TIER'),
    certifications = (SELECT COUNT(*) FROM partner_facet c WHERE c.partner_id = partner.id AND c.facet = 'CERTIFICATION');
