-- Facts about a document used for filtering, e.g. the industry of a case study's customer.
CREATE TABLE document_facet (
    document_id VARCHAR(64)  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    facet       VARCHAR(20)  NOT NULL,
    val         VARCHAR(200) NOT NULL,
    PRIMARY KEY (document_id, facet, val)
);
CREATE INDEX document_facet_lookup ON document_facet (facet, val);
