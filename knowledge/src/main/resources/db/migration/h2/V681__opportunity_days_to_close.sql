-- The days to close of deals imported before V680 (date arithmetic differs between H2 and PostgreSQL).
UPDATE opportunity SET days_to_close = DATEDIFF(DAY, created_date, close_date) WHERE created_date IS NOT NULL;
