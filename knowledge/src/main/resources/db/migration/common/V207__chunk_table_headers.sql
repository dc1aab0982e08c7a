-- A chunk that is one row of a table keeps the table's column headers ("Tier | Deal role | Upfront discount"),
-- so that a cell can be answered with its row and column labels. NULL for text.
ALTER TABLE chunk ADD COLUMN table_headers VARCHAR(2000);
