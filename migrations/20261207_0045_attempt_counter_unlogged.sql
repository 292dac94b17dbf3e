-- Attempt counters (issue #20 item 2): every tracking look-up, sign-in and feedback code counts an attempt
-- BEFORE its secret is checked and gives it back on success, so the counter is written on every request of
-- the public path. The counts are short-lived protection, not records: an UNLOGGED table writes no WAL and a
-- transaction touching only it commits without waiting for a disk flush. After a crash of PostgreSQL the table
-- is emptied (every limit starts afresh once); standbys do not hold it (the server counts on the primary).
ALTER TABLE attempt_counter SET UNLOGGED;
