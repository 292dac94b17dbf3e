-- TT 01/2018 staff score per official (issue #19 item 2): the evaluation evidence also counts, over the
-- dossiers FINISHED in the month on which the official held a step, how many there were, how many finished
-- early and on time (index 1), their contact points (index 3: 0 supplement requests 2, one 1, more 0) and
-- their attitude points (index 7: upheld complaint 0, early 2, on time 1, late 0) — the same per-dossier
-- points the unit's figures use (rollups), read for the official's own dossiers.
ALTER TABLE evaluation_evidence ADD COLUMN dossiers_finished integer NOT NULL DEFAULT 0;
ALTER TABLE evaluation_evidence ADD COLUMN finished_early integer NOT NULL DEFAULT 0;
ALTER TABLE evaluation_evidence ADD COLUMN finished_on_time integer NOT NULL DEFAULT 0;
ALTER TABLE evaluation_evidence ADD COLUMN contact_points integer NOT NULL DEFAULT 0;
ALTER TABLE evaluation_evidence ADD COLUMN attitude_points integer NOT NULL DEFAULT 0;
