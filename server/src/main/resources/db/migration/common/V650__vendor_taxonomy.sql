-- The vendor's own vocabulary (synonyms, merged spellings, tier order) as its YAML document, edited at
-- /admin/taxonomy and /api/admin/taxonomy. One row; version goes up with every change, so that each
-- instance applies a change made on another (it compares versions) and two admins cannot overwrite each
-- other's edit unseen. Every change is also in audit_event.
CREATE TABLE vendor_taxonomy (
    id         VARCHAR(16)  PRIMARY KEY,
    document   TEXT         NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(120) NOT NULL
);
