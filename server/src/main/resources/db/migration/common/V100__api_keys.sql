-- API keys are stored as SHA-256 hashes only: the plaintext is shown once, when the key is created.
CREATE TABLE api_key (
    id           VARCHAR(36)  PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    key_hash     CHAR(64)     NOT NULL UNIQUE,
    role         VARCHAR(20)  NOT NULL,
    partner_id   VARCHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
