-- dossier_action in monthly partitions (issue #21 item 4), by the month its DOSSIER was created, not the
-- month of the action: the key (dossier_id, seq) that makes a dossier's history one gap-free sequence must
-- hold the partition key, and only a key that every action of one dossier shares keeps it whole. The new
-- column `dossier_created_at` is that key, and a foreign key (dossier_id, dossier_created_at) →
-- dossier (id, created_at) makes it equal to the dossier's own creation time, so UNIQUE (dossier_id, seq,
-- dossier_created_at) is exactly UNIQUE (dossier_id, seq). A dossier's whole history lives in one partition,
-- and a month of partitions is a month of dossiers with all their actions: retention or archive never cuts
-- a history in two. Writers take the value from the dossier row in the insert itself
-- (`insertActions`, the history generator, the import), never from the caller.

CREATE OR REPLACE FUNCTION dossier_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('kc.partition_move', true) = 'on' THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'dossier_action is append-only';
END;
$$;

CREATE UNIQUE INDEX dossier_id_created_at_key ON dossier (id, created_at);

ALTER TABLE dossier_action RENAME TO dossier_action_unpartitioned;
ALTER SEQUENCE dossier_action_id_seq OWNED BY NONE;
CREATE TABLE dossier_action (
  LIKE dossier_action_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
  dossier_created_at timestamptz NOT NULL
) PARTITION BY RANGE (dossier_created_at);
CREATE TABLE dossier_action_default PARTITION OF dossier_action DEFAULT;
SELECT kc_ensure_month_partition('dossier_action', m)
FROM kc_partition_months((SELECT min(created_at) FROM dossier), (SELECT max(created_at) FROM dossier)) m;
INSERT INTO dossier_action (id, dossier_id, seq, type, at, actor_id, actor_unit_id, step_id, payload,
                            dossier_created_at)
SELECT a.id, a.dossier_id, a.seq, a.type, a.at, a.actor_id, a.actor_unit_id, a.step_id, a.payload, d.created_at
FROM dossier_action_unpartitioned a JOIN dossier d ON d.id = a.dossier_id;
DROP TABLE dossier_action_unpartitioned;
ALTER SEQUENCE dossier_action_id_seq OWNED BY dossier_action.id;

ALTER TABLE dossier_action ADD PRIMARY KEY (id, dossier_created_at);
ALTER TABLE dossier_action ADD CONSTRAINT dossier_action_dossier_id_seq_key
  UNIQUE (dossier_id, seq, dossier_created_at);
ALTER TABLE dossier_action ADD CONSTRAINT dossier_action_dossier_fkey
  FOREIGN KEY (dossier_id, dossier_created_at) REFERENCES dossier (id, created_at);
ALTER TABLE dossier_action ADD CONSTRAINT dossier_action_actor_id_fkey
  FOREIGN KEY (actor_id) REFERENCES app_user (id);
ALTER TABLE dossier_action ADD CONSTRAINT dossier_action_actor_unit_id_fkey
  FOREIGN KEY (actor_unit_id) REFERENCES unit (id);
CREATE INDEX dossier_action_supplement_fault_idx ON dossier_action (at)
  WHERE type = 'request_supplement' AND payload ? 'unitFault';
CREATE TRIGGER dossier_action_no_update BEFORE UPDATE OR DELETE ON dossier_action
  FOR EACH ROW EXECUTE FUNCTION dossier_action_append_only();
CREATE TRIGGER dossier_action_rollup AFTER INSERT ON dossier_action
  REFERENCING NEW TABLE AS new_actions FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_actions();
