-- Eval runs started from the web UI or the CLI, with their metrics (for the history charts) and the
-- outcome of each case (for "re-run the failures"). result_json holds the full run for its report.
CREATE TABLE eval_run (
    id            VARCHAR(36)   PRIMARY KEY,
    status        VARCHAR(16)   NOT NULL,
    mode          VARCHAR(16)   NOT NULL,
    suites        VARCHAR(2000) NOT NULL,
    started_by    VARCHAR(200),
    partial       BOOLEAN       NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    total_cases   INT           NOT NULL,
    done_cases    INT           NOT NULL,
    failed_cases  INT           NOT NULL,
    passed_cases  INT,
    skipped_cases INT,
    regressions   INT,
    error         VARCHAR(2000),
    result_json   TEXT
);
CREATE INDEX eval_run_started ON eval_run (started_at);

CREATE TABLE eval_metric (
    run_id VARCHAR(36)  NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    suite  VARCHAR(200) NOT NULL,
    metric VARCHAR(200) NOT NULL,
    val    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, suite, metric)
);
CREATE INDEX eval_metric_series ON eval_metric (suite, metric);

CREATE TABLE eval_case_result (
    run_id  VARCHAR(36)   NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    suite   VARCHAR(200)  NOT NULL,
    case_id VARCHAR(200)  NOT NULL,
    status  VARCHAR(10)   NOT NULL,
    failure VARCHAR(4000),
    PRIMARY KEY (run_id, suite, case_id)
);
