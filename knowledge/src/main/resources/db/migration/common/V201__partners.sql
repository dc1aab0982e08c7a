CREATE TABLE partner (
    id           VARCHAR(64)   PRIMARY KEY,
    name         VARCHAR(300)  NOT NULL,
    description  VARCHAR(8000),
    website      VARCHAR(500),
    active       BOOLEAN       NOT NULL,
    satisfaction DOUBLE PRECISION,
    extra        VARCHAR(8000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per value of a multi-valued attribute, so that every structured filter is an indexed
-- lookup that reads the same on H2 and PostgreSQL.
CREATE TABLE partner_facet (
    partner_id VARCHAR(64)  NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    facet      VARCHAR(20)  NOT NULL,
    val        VARCHAR(200) NOT NULL,
    ord        INT          NOT NULL,
    PRIMARY KEY (partner_id, facet, val)
);
CREATE INDEX partner_facet_lookup ON partner_facet (facet, val);
