-- Intake facts printed on form 01 (TT 03/2025/TT-VPCP; issue #17 items 3, 6, 10).
--
-- 1. The way the applicant chose to receive the result (the form's boxes "Tại Bộ phận Một cửa / Qua dịch vụ
--    bưu chính công ích / Trực tuyến"), chosen at intake and the default at return. Dossiers from before
--    this column take the way of their channel.
ALTER TABLE dossier
  ADD COLUMN return_method text CHECK (return_method IN ('counter', 'post', 'online'));

UPDATE dossier
SET return_method = CASE channel WHEN 'online' THEN 'online' WHEN 'postal' THEN 'post' ELSE 'counter' END;

-- 2. The dossier's line in its receiving unit's tracking book (Sổ theo dõi hồ sơ, form 07): one volume
--    (quyển) per unit per calendar year in Asia/Ho_Chi_Minh, lines numbered from 1 in order of receipt. The
--    counter row is bumped with `update … returning` inside the receiving transaction, so two receipts never
--    share a line and the row is locked only until that transaction ends.
ALTER TABLE dossier
  ADD COLUMN book_volume integer CHECK (book_volume BETWEEN 2000 AND 2999),
  ADD COLUMN book_line   integer CHECK (book_line >= 1),
  ADD CONSTRAINT dossier_book_line_pair CHECK ((book_volume IS NULL) = (book_line IS NULL));

CREATE UNIQUE INDEX dossier_book_line_uq
  ON dossier (receiving_unit_id, book_volume, book_line) WHERE book_line IS NOT NULL;

CREATE TABLE tracking_book_counter (
  unit_id uuid    NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  volume  integer NOT NULL CHECK (volume BETWEEN 2000 AND 2999),
  last    integer NOT NULL CHECK (last >= 1),
  PRIMARY KEY (unit_id, volume)
);

-- Dossiers received before this migration get their lines in order of receipt, and the counters continue
-- after them.
UPDATE dossier d
SET book_volume = n.volume, book_line = n.line
FROM (
  SELECT id, volume,
         row_number() OVER (PARTITION BY receiving_unit_id, volume ORDER BY received_at, code, id)::integer AS line
  FROM (
    SELECT id, receiving_unit_id, received_at, code,
           extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::integer AS volume
    FROM dossier
    WHERE received_at IS NOT NULL
  ) r
) n
WHERE d.id = n.id;

INSERT INTO tracking_book_counter (unit_id, volume, last)
SELECT receiving_unit_id, book_volume, max(book_line)
FROM dossier
WHERE book_line IS NOT NULL
GROUP BY receiving_unit_id, book_volume;
