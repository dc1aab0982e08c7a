-- Opportunities imported from the vendor's CRM (issue 19): one row per opportunity and partner, so
-- a deal that two partners worked on (one sourced, one transacted) is two rows. Re-importing an export
-- updates rows in place by (opportunity_id, partner_id). Amounts stay in their own currency: nothing
-- is converted. account_key is the account name folded for lookups ("who already works with ...?").
CREATE TABLE opportunity (
    opportunity_id VARCHAR(64)  NOT NULL,
    partner_id     VARCHAR(64)  NOT NULL,
    account_name   VARCHAR(300) NOT NULL,
    account_key    VARCHAR(300) NOT NULL,
    industry       VARCHAR(200),
    country        VARCHAR(64),
    amount         DECIMAL(19, 2),
    currency       VARCHAR(3),
    close_date     DATE         NOT NULL,
    stage          VARCHAR(100),
    outcome        VARCHAR(8)   NOT NULL,
    partner_role   VARCHAR(16)  NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (opportunity_id, partner_id)
);
CREATE INDEX opportunity_partner ON opportunity (partner_id, close_date);
CREATE INDEX opportunity_account ON opportunity (account_key);
