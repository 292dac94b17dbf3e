-- Since 1 July 2025 (ND 118/2025/NĐ-CP, two-level local government) the one-stop of a commune or ward is the
-- "Trung tâm Phục vụ hành chính công xã/phường"; before it was the "Bộ phận Một cửa". A unit keeps the names
-- it had in earlier periods (the last day each was in use), so documents of those periods can name it as it was.
CREATE TABLE unit_former_name (
  unit_id     uuid NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  valid_until date NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  full_name   text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 300),
  PRIMARY KEY (unit_id, valid_until)
);

INSERT INTO unit_former_name (unit_id, valid_until, name, full_name)
SELECT id, DATE '2025-06-30', name, full_name
FROM unit
WHERE kind = 'one_stop' AND full_name ~ '^Bộ phận Một cửa (xã|phường|đặc khu) ';

UPDATE unit
SET name = 'Trung tâm Phục vụ hành chính công',
    full_name = regexp_replace(full_name, '^Bộ phận Một cửa ', 'Trung tâm Phục vụ hành chính công '),
    version = version + 1,
    updated_at = now()
WHERE kind = 'one_stop' AND full_name ~ '^Bộ phận Một cửa (xã|phường|đặc khu) ';
