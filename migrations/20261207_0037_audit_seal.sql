-- The audit chain leaves the write path (issue #20 item 1). An entry is now inserted with only the hash
-- of its own content (`content_hash`), without any lock and without reading another row; a background
-- sealer links committed entries into a chain of seals afterwards (`audit_seal`). Entries written before
-- this migration keep their old `prev_hash`/`hash` (still verified as before: content and link) and are
-- sealed here, in id order, so the old chain carries over unbroken into the new one.

ALTER TABLE audit_log ADD COLUMN content_hash text;
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
-- an entry is either of the old kind (prev_hash and hash) or of the new kind (content_hash only)
ALTER TABLE audit_log ADD CONSTRAINT audit_log_hash_kind CHECK (
  (content_hash IS NOT NULL AND prev_hash IS NULL AND hash IS NULL)
  OR (content_hash IS NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL)
);

-- seq is the chain order (the order of sealing, not of ids);
-- hash = sha256('kc-audit-seal:v1:' || seq || ':' || prev_hash || ':' || digest of the entry), where the
-- digest is content_hash, or hash for an entry of the old kind (src/domain/audit/seal.ts)
CREATE TABLE audit_seal (
  seq       bigint PRIMARY KEY CHECK (seq > 0),
  entry_id  bigint NOT NULL UNIQUE REFERENCES audit_log (id),
  prev_hash text NOT NULL,
  hash      text NOT NULL
);

CREATE FUNCTION audit_seal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_seal is append-only';
END;
$$;
CREATE TRIGGER audit_seal_no_update BEFORE UPDATE OR DELETE ON audit_seal
  FOR EACH ROW EXECUTE FUNCTION audit_seal_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
  FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_append_only();

-- Seal the existing entries in id order (the old chain's order), one pass, same formula as the sealer.
DO $$
DECLARE
  entry record;
  n bigint := 0;
  prev text := repeat('0', 64);
  sealed text;
BEGIN
  FOR entry IN SELECT id, hash FROM audit_log ORDER BY id LOOP
    n := n + 1;
    sealed := encode(sha256(convert_to('kc-audit-seal:v1:' || n || ':' || prev || ':' || entry.hash, 'UTF8')), 'hex');
    INSERT INTO audit_seal (seq, entry_id, prev_hash, hash) VALUES (n, entry.id, prev, sealed);
    prev := sealed;
  END LOOP;
END;
$$;
