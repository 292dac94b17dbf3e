-- Whether a citizen account's ID number is proven (security issue, item 4). A self-registered account only
-- claims its ID number; VNeID asserting it, or an official checking the papers at the counter, proves it.
-- A VNeID identity links only to an account whose number is proven. When VNeID asserts a number that an
-- unproven account claims, the claim moves to `disputed_id_number` and a new, proven account takes the
-- number: `id_number` stays unique among citizens, and password sign-in by ID number reaches only the holder.
ALTER TABLE app_user
  ADD COLUMN id_verified_at     timestamptz,
  ADD COLUMN id_verified_by     text CHECK (id_verified_by IN ('vneid', 'counter')),
  ADD COLUMN disputed_id_number text CHECK (disputed_id_number IS NULL OR disputed_id_number ~ '^([0-9]{9}|[0-9]{12})$'),
  ADD COLUMN id_disputed_at     timestamptz;

ALTER TABLE app_user
  ADD CONSTRAINT app_user_id_verified_pair CHECK ((id_verified_at IS NULL) = (id_verified_by IS NULL)),
  ADD CONSTRAINT app_user_id_verified_number CHECK (id_verified_at IS NULL OR id_number IS NOT NULL),
  ADD CONSTRAINT app_user_id_disputed_pair CHECK ((disputed_id_number IS NULL) = (id_disputed_at IS NULL));

-- Accounts already linked to VNeID got their number from it (the only way such accounts were made or linked).
-- Caveat: a self-registered account that was linked by ID number before this fix is marked as VNeID-proven
-- too; the audit log ('citizen.link_identity') names those accounts for review.
UPDATE app_user SET id_verified_at = updated_at, id_verified_by = 'vneid'
WHERE kind = 'citizen' AND external_subject IS NOT NULL AND id_number IS NOT NULL;
