-- The person an API key acts for, when it was issued to a user: two-person approval compares people,
-- so a user's keys and sessions count as that one user. NULL: a machine's key, a person of its own.
ALTER TABLE api_key ADD COLUMN user_id VARCHAR(36);
