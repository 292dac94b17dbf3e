-- Templates of paper forms attached to a procedure by its editors: an attachment owned by the procedure and
-- flagged public, so anyone may download it from the public procedure page. Public files never belong to a
-- dossier, and the cleanup of unlinked uploads keeps them.
ALTER TABLE attachment ADD COLUMN procedure_id uuid REFERENCES procedure(id);
ALTER TABLE attachment ADD COLUMN public boolean NOT NULL DEFAULT false;
ALTER TABLE attachment ADD CONSTRAINT attachment_public_template
  CHECK (NOT public OR (procedure_id IS NOT NULL AND dossier_id IS NULL));
CREATE INDEX attachment_procedure_idx ON attachment (procedure_id) WHERE procedure_id IS NOT NULL;
