-- Keep step transitions HOT (heap-only) updates: the holder changes on nearly every action, so it must not
-- be indexed ("my queue" is read through the open-dossier scope index instead), and leave more free space
-- per page for the new row version.
DROP INDEX dossier_holder_open_idx;
ALTER TABLE dossier SET (fillfactor = 70);
