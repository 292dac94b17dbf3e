-- The overdue sweep's own rows without foreign-key checks (issue #20 item 4, benchmark B4).
-- Each alert row cost three referential checks (dossier, holder, unit: a key-share lock on each referenced
-- row) and each escalation timer one; on a batch of 5,000 they were over half of the alert insert's time.
-- These rows are derived, never entered: the sweep writes them from the dossier, holder and unit rows it has
-- just read in the same transaction, and actions write timers for the dossier they update. Dossiers, officials
-- and units are never deleted (they are closed or deactivated), so the references cannot dangle. The unique
-- key that makes a sweep idempotent stays.
ALTER TABLE late_alert DROP CONSTRAINT IF EXISTS late_alert_dossier_id_fkey;
ALTER TABLE late_alert DROP CONSTRAINT IF EXISTS late_alert_holder_id_fkey;
ALTER TABLE late_alert DROP CONSTRAINT IF EXISTS late_alert_unit_id_fkey;
ALTER TABLE late_timer DROP CONSTRAINT IF EXISTS late_timer_dossier_id_fkey;
