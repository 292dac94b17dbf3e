-- Calendars get an owner unit (security issue, item 6): a home-affairs administrator edits only calendars
-- owned within their subtree, the system administrator any; the national default has no owner (system).
ALTER TABLE calendar ADD COLUMN owner_unit_id uuid REFERENCES unit(id);
ALTER TABLE calendar ADD CONSTRAINT calendar_default_has_no_owner
  CHECK (code <> 'vn-default' OR owner_unit_id IS NULL);
CREATE INDEX calendar_owner_unit_idx ON calendar (owner_unit_id) WHERE owner_unit_id IS NOT NULL;

-- Existing calendars: the unit of whoever created it (the audit entry), else the highest unit using it;
-- a calendar with neither stays without an owner, so only the system administrator edits it.
UPDATE calendar c SET owner_unit_id = coalesce(
  (SELECT a.actor_unit_id FROM audit_log a
    WHERE a.action = 'calendar.create' AND a.target_type = 'calendar' AND a.target_id = c.id::text
      AND a.actor_unit_id IS NOT NULL
    ORDER BY a.id LIMIT 1),
  (SELECT u.id FROM unit u WHERE u.calendar_id = c.id ORDER BY length(u.path), u.path LIMIT 1))
WHERE c.code <> 'vn-default';
