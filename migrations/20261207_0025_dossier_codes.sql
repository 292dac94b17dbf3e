-- Dossier codes follow the agency-code structure exactly (domain.md §3, §5; src/domain/dossiers/code.ts):
-- V1V2V3.Z1Z2.Y1Y2.H1H2H3, each segment at its fixed width. Communes were given their 5-digit administrative
-- code in the 2-digit level-2 slot (000.00.00004.H26); they take the placeholder series the reference seed
-- now assigns (level 2 from 90, 99 communes a block in level 3, in administrative-code order) until the
-- province's official list is entered. Dossiers already coded keep their codes.
UPDATE unit u
SET dossier_code_id = format('000.%s.%s.%s', lpad((((n.ordinal - 1) % 99) + 1)::text, 2, '0'),
                             lpad((90 + (n.ordinal - 1) / 99)::text, 2, '0'), n.level1)
FROM (
  SELECT c.id, split_part(c.dossier_code_id, '.', 4) AS level1,
         row_number() OVER (PARTITION BY c.parent_id ORDER BY c.code) AS ordinal
  FROM unit c
  WHERE c.kind = 'commune'
) n
WHERE u.id = n.id AND u.dossier_code_id ~ '^000\.00\.[0-9]{5}\.[A-Z][0-9]{2}$';

-- New and edited identifiers must fit (rows not matching from before are left for an administrator).
ALTER TABLE unit ADD CONSTRAINT unit_dossier_code_id_structure
  CHECK (dossier_code_id ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$') NOT VALID;
