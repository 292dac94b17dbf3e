-- Evaluation periods that always close, and yearly rating by the rule of the framework version (issue #19).
-- A leader may evaluate an official who did not assess themself (absent, on leave, never signed in): the
-- evaluation records the reason, and its history a 'review_absent' event.
ALTER TABLE evaluation ADD COLUMN absence_reason text
  CHECK (absence_reason IN ('absent','on_leave','never_signed_in','other'));
ALTER TABLE evaluation_event DROP CONSTRAINT evaluation_event_type_check;
ALTER TABLE evaluation_event ADD CONSTRAINT evaluation_event_type_check
  CHECK (type IN ('self_assess','review','review_absent','approve','appeal','appeal_decided'));

-- A year may leave an official unrated ("chưa xếp loại": too little time worked), with the reason; a rating
-- names the framework rule it followed and whether the unit's cap on the top level lowered it.
ALTER TABLE yearly_rating ALTER COLUMN level DROP NOT NULL;
ALTER TABLE yearly_rating ADD COLUMN reason text;
ALTER TABLE yearly_rating ADD COLUMN framework text;
ALTER TABLE yearly_rating ADD COLUMN capped boolean NOT NULL DEFAULT false;
ALTER TABLE yearly_rating ADD CONSTRAINT yearly_rating_unrated_reason_check
  CHECK (level IS NOT NULL OR reason IS NOT NULL);
