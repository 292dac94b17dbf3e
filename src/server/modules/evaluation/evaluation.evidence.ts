/**
 * Gathering a month's evidence for every official of a period, set-based: one INSERT of a zero row per
 * official of the unit's subtree, then one UPDATE … FROM (aggregate) per source, so the cost is a few
 * statements per month whatever the number of officials. Each source reads another area's tables; a source
 * whose table does not exist (that area is not installed) is skipped and reported as missing.
 */
import type { Executor } from '../../db/types.js';
import {
  findMissingTables,
  updateEvidenceApologies,
  updateEvidenceComplaints,
  updateEvidenceExplanations,
  updateEvidenceFinishedDossiers,
  updateEvidenceSatisfaction,
  updateEvidenceSteps,
  updateEvidenceSupplementFaults,
  updateEvidenceTasks,
  updateEvidenceViolations,
  type EvidenceWindow,
} from './evaluation.evidence.queries.js';

export { findMissingTables, insertEvidenceRows, type EvidenceWindow } from './evaluation.evidence.queries.js';

interface EvidenceSource {
  name: string;
  /** Tables the source reads (besides the evidence table). */
  tables: string[];
  gather: (db: Executor, w: EvidenceWindow) => Promise<void>;
}

/** Every source, in the order they are gathered. */
export const EVIDENCE_SOURCES: EvidenceSource[] = [
  { name: 'dossier_steps', tables: ['dossier'], gather: updateEvidenceSteps },
  {
    name: 'finished_dossiers',
    tables: ['dossier', 'dossier_action', 'feedback'],
    gather: updateEvidenceFinishedDossiers,
  },
  { name: 'explanations', tables: ['step_explanation'], gather: updateEvidenceExplanations },
  { name: 'apologies', tables: ['dossier_apology'], gather: updateEvidenceApologies },
  { name: 'supplement_faults', tables: ['dossier_action'], gather: updateEvidenceSupplementFaults },
  {
    name: 'satisfaction',
    tables: ['satisfaction_response', 'satisfaction_response_official'],
    gather: updateEvidenceSatisfaction,
  },
  { name: 'complaints', tables: ['feedback'], gather: updateEvidenceComplaints },
  { name: 'violations', tables: ['inspection_finding'], gather: updateEvidenceViolations },
  { name: 'work_plan', tables: ['work_task'], gather: updateEvidenceTasks },
];

/** Gathers every available source into the period's evidence rows; returns the sources that were missing. */
export async function gatherEvidence(db: Executor, w: EvidenceWindow): Promise<string[]> {
  const missingTables = await findMissingTables(db, [...new Set(EVIDENCE_SOURCES.flatMap((s) => s.tables))]);
  const missing: string[] = [];
  for (const source of EVIDENCE_SOURCES) {
    if (source.tables.some((t) => missingTables.has(t))) {
      missing.push(source.name);
      continue;
    }
    await source.gather(db, w);
  }
  return missing;
}
