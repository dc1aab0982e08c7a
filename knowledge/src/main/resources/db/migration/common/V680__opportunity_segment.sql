-- Track record aggregated in SQL (issue 19 at 100,000 opportunities): the days from created to close stored with
-- each deal (so the time to close is a SQL median), and an index on the segment a seller's question names
-- (industry, country, then the time window), which the per-question grouped query over the candidates reads; and
-- one on imported_at, so that the track record's check for changed opportunities (the row count and the latest
-- import) reads no rows.
ALTER TABLE opportunity ADD COLUMN days_to_close INT;
CREATE INDEX opportunity_segment ON opportunity (industry, country, close_date);
CREATE INDEX opportunity_imported ON opportunity (imported_at);
