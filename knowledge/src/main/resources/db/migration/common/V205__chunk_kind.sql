-- The document kind on each chunk, so keyword search filters by kind without joining document.
ALTER TABLE chunk ADD COLUMN kind VARCHAR(20);
UPDATE chunk SET kind = (SELECT d.kind FROM document d WHERE d.id = chunk.document_id);
ALTER TABLE chunk ALTER COLUMN kind SET NOT NULL;
