-- Bulk-import jobs (POST /api/admin/import-jobs) as rows, so that any instance reports on any job. The
-- instance that received the bundle runs it (the bundle is in its temporary folder) and refreshes
-- heartbeat_at while it lives; any instance fails a queued or running job whose heartbeat went stale
-- (its instance died), with the reason in error, so no job stays "running" forever.
CREATE TABLE import_job (
    id           VARCHAR(36)  PRIMARY KEY,
    state        VARCHAR(16)  NOT NULL,
    phase        VARCHAR(32),
    done         INT          NOT NULL,
    total        INT          NOT NULL,
    instance     VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    summary      TEXT,
    error        VARCHAR(2000)
);
CREATE INDEX import_job_open ON import_job (state, heartbeat_at);
