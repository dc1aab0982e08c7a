-- Failed password logins, counted in the database so that every instance sees the same count. One row
-- per bucket: 'pair:<account>|<address>', 'account:<account>' and 'address:<address>', where an account
-- is a user id (a username and an email of one user are one account) or, for a name no user has,
-- 'login:<the name>'. A bucket past its free failures is paused until blocked_until, a time that grows
-- with each further failure and never lies more than 15 minutes ahead.
CREATE TABLE login_throttle (
    bucket          VARCHAR(400) PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);
