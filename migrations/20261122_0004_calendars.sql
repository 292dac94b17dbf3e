-- Working-time calendars: a calendar row (what units point at) and its immutable versions (weekly office
-- sessions, holiday rules, official year schedules). An edit makes a new version, so a dossier can keep the
-- version in force when it was received. `calendar_day` holds one row per local date of a version, so SQL
-- can compute due times set-wise; the application fills it (the lunar calendar cannot be computed in SQL).

CREATE TABLE calendar (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code               text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9.-]{0,63}$'),
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  active             boolean NOT NULL DEFAULT true,
  -- set in the same transaction as the calendar's first version (the foreign key below is deferred)
  current_version_id uuid NOT NULL,
  version            integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_version (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calendar_id             uuid NOT NULL REFERENCES calendar(id),
  number                  integer NOT NULL CHECK (number > 0),
  -- `parseWeeklySessions` text: '07:30-11:30,13:00-17:00' or 'mon-thu=…;fri=…'
  weekly_sessions         text NOT NULL CHECK (length(weekly_sessions) BETWEEN 1 AND 500),
  -- Partial<HolidayRules> for the years without an official schedule
  holiday_rules           jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(holiday_rules) = 'object'),
  -- YearSchedule[]: each replaces the generated default of its year
  official_schedules      jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(official_schedules) = 'array'),
  -- null: the length of a standard working day's sessions
  minutes_per_working_day integer CHECK (minutes_per_working_day IS NULL OR minutes_per_working_day BETWEEN 1 AND 1440),
  note                    text CHECK (note IS NULL OR length(note) <= 500),
  -- when the calendar_day rows of this version were written (null: not yet)
  days_generated_at       timestamptz,
  created_at              timestamptz NOT NULL,
  created_by              uuid REFERENCES app_user(id),
  UNIQUE (calendar_id, number),
  UNIQUE (calendar_id, id)
);

-- The current version is a version of the same calendar.
ALTER TABLE calendar ADD CONSTRAINT calendar_current_version_fk
  FOREIGN KEY (id, current_version_id) REFERENCES calendar_version (calendar_id, id)
  DEFERRABLE INITIALLY DEFERRED;

-- Versions never change once written (only the bookkeeping of their day rows) and are never deleted.
CREATE FUNCTION calendar_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'calendar versions are never deleted';
  END IF;
  IF (NEW.id, NEW.calendar_id, NEW.number, NEW.weekly_sessions, NEW.holiday_rules, NEW.official_schedules,
      NEW.minutes_per_working_day, NEW.note, NEW.created_at, NEW.created_by)
     IS DISTINCT FROM
     (OLD.id, OLD.calendar_id, OLD.number, OLD.weekly_sessions, OLD.holiday_rules, OLD.official_schedules,
      OLD.minutes_per_working_day, OLD.note, OLD.created_at, OLD.created_by) THEN
    RAISE EXCEPTION 'calendar versions are immutable';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER calendar_version_frozen BEFORE UPDATE OR DELETE ON calendar_version
  FOR EACH ROW EXECUTE FUNCTION calendar_version_frozen();

-- One row per local (UTC+7) date of a version, over a range of years. Adding N working days to a working
-- day D: the working row whose working_day_ordinal is D's + N.
CREATE TABLE calendar_day (
  calendar_version_id    uuid NOT NULL REFERENCES calendar_version(id),
  date                   date NOT NULL,
  is_working             boolean NOT NULL,
  -- working minutes from 1900-01-01 to the start of this date
  working_minutes_before bigint NOT NULL CHECK (working_minutes_before >= 0),
  -- working days before this date since 1900-01-01 (a working day's own 0-based ordinal)
  working_day_ordinal    integer NOT NULL CHECK (working_day_ordinal >= 0),
  PRIMARY KEY (calendar_version_id, date)
);
CREATE UNIQUE INDEX calendar_day_working_ordinal_uq
  ON calendar_day (calendar_version_id, working_day_ordinal) WHERE is_working;

-- A unit may use its own calendar; without one it inherits its nearest ancestor's, else 'vn-default'.
ALTER TABLE unit ADD COLUMN calendar_id uuid REFERENCES calendar(id);
CREATE INDEX unit_calendar_idx ON unit (calendar_id) WHERE calendar_id IS NOT NULL;

-- The national default: Labour Code 2019 holidays, Monday–Friday 07:30–11:30 and 13:00–17:00.
WITH created AS (
  INSERT INTO calendar (code, name, current_version_id)
  VALUES ('vn-default', 'Lịch làm việc mặc định (Bộ luật Lao động 2019)', gen_random_uuid())
  RETURNING id, current_version_id
)
INSERT INTO calendar_version (id, calendar_id, number, weekly_sessions, note, created_at)
SELECT current_version_id, id, 1, '07:30-11:30,13:00-17:00',
       'Ngày nghỉ lễ, Tết theo Điều 112 Bộ luật Lao động 2019; làm việc thứ Hai – thứ Sáu.', now()
FROM created;
