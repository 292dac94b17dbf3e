-- Idempotency keys belong to the person who sent them (security review, item 9). Each (person, operation, key)
-- keeps the sha-256 of the canonical request and what the first request created, so a retry with the same body
-- is answered the same way (also after losing a race on the key) and a different body is refused.
-- dossier.idempotency_key (global, unique) is no longer written; the keys it holds move here, owned by the
-- person who took the dossier's first action, without a request hash (their body cannot be compared).
CREATE TABLE idempotency_record (
  user_id      uuid NOT NULL REFERENCES app_user(id),
  operation    text NOT NULL,
  key          text NOT NULL,
  request_hash text,
  target_id    uuid NOT NULL,
  -- the tracking PIN shown by the first answer, shown again on a replay to the same person; a six-digit PIN is
  -- no better protected by its hash (10^6 guesses), and the dossier row already holds everything else
  tracking_pin text,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (user_id, operation, key)
);

INSERT INTO idempotency_record (user_id, operation, key, request_hash, target_id, tracking_pin, created_at)
SELECT a.actor_id, 'dossier.create', d.idempotency_key, NULL, d.id, NULL, d.created_at
FROM dossier d
JOIN dossier_action a ON a.dossier_id = d.id AND a.seq = 1
WHERE d.idempotency_key IS NOT NULL AND a.actor_id IS NOT NULL
ON CONFLICT DO NOTHING;
