/**
 * Self-check of the demo procedure catalogue (`src/server/seed/demo-procedures.json`): every entry parses as a
 * ProcedureDefinition, references resolve, every workflow has 3–6 steps ("4 rõ"), and the steps' allotted time
 * fits inside the legal time of each case (the default case and every variant).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProcedureDefinition, type Allotment, type Duration } from './definition.js';
import { computeFees, type FeeSelectionInput } from './fees.js';

const CATALOGUE_URL = new URL('../../server/seed/demo-procedures.json', import.meta.url);

const raw: unknown = JSON.parse(fs.readFileSync(CATALOGUE_URL, 'utf8'));

/** Parses every entry, collecting failures as "index (code): path — message" lines. */
function parseAll(input: unknown): { definitions: ProcedureDefinition[]; failures: string[] } {
  if (!Array.isArray(input)) return { definitions: [], failures: ['the catalogue is not a JSON array'] };
  const definitions: ProcedureDefinition[] = [];
  const failures: string[] = [];
  input.forEach((entry: unknown, index) => {
    const result = ProcedureDefinition.safeParse(entry);
    if (result.success) {
      definitions.push(result.data);
      return;
    }
    const code = typeof entry === 'object' && entry !== null && 'code' in entry ? String(entry.code) : '?';
    for (const issue of result.error.issues) {
      failures.push(`[${index}] (${code}) ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  });
  return { definitions, failures };
}

const { definitions, failures } = parseAll(raw);

const MINUTES_PER_WORKING_DAY = 480;

function allotmentMinutes(allotment: Allotment): number {
  return allotment.unit === 'working_days' ? allotment.value * MINUTES_PER_WORKING_DAY : allotment.value * 60;
}

/** Working minutes a legal time can hold (same day → one working day; N calendar days → at most N working days). */
function legalMinutes(duration: Duration): number {
  switch (duration.unit) {
    case 'working_days':
    case 'calendar_days':
      return duration.value * MINUTES_PER_WORKING_DAY;
    case 'working_hours':
      return duration.value * 60;
    case 'same_day':
      return MINUTES_PER_WORKING_DAY;
  }
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Problems of one definition beyond its shape, each as a readable line. */
function problemsOf(definition: ProcedureDefinition): string[] {
  const problems: string[] = [];
  const documentIds = definition.documents.map((d) => d.id);
  const workflowIds = definition.workflows.map((w) => w.id);
  for (const id of duplicates(documentIds)) problems.push(`duplicate document id "${id}"`);
  for (const id of duplicates(definition.variants.map((v) => v.id)))
    problems.push(`duplicate variant id "${id}"`);
  for (const id of duplicates(workflowIds)) problems.push(`duplicate workflow id "${id}"`);
  if (!workflowIds.includes(definition.defaultWorkflowId)) {
    problems.push(`defaultWorkflowId "${definition.defaultWorkflowId}" does not exist`);
  }
  for (const workflow of definition.workflows) {
    const stepIds = workflow.steps.map((s) => s.id);
    for (const id of duplicates(stepIds))
      problems.push(`workflow "${workflow.id}": duplicate step id "${id}"`);
    if (workflow.steps.length < 3 || workflow.steps.length > 6) {
      problems.push(`workflow "${workflow.id}" has ${workflow.steps.length} steps (expected 3–6)`);
    }
  }
  for (const variant of definition.variants) {
    for (const id of [...variant.extraDocumentIds, ...variant.omittedDocumentIds]) {
      if (!documentIds.includes(id))
        problems.push(`variant "${variant.id}": document "${id}" does not exist`);
    }
    if (variant.workflowId !== undefined && !workflowIds.includes(variant.workflowId)) {
      problems.push(`variant "${variant.id}": workflow "${variant.workflowId}" does not exist`);
    }
  }
  const cases = [
    { label: 'default case', workflowId: definition.defaultWorkflowId, time: definition.processingTime },
    ...definition.variants.map((v) => ({
      label: `variant "${v.id}"`,
      workflowId: v.workflowId ?? definition.defaultWorkflowId,
      time: v.processingTime ?? definition.processingTime,
    })),
  ];
  for (const c of cases) {
    const workflow = definition.workflows.find((w) => w.id === c.workflowId);
    if (!workflow) continue;
    const total = workflow.steps.reduce((sum, step) => sum + allotmentMinutes(step.allotted), 0);
    const capacity = legalMinutes(c.time);
    if (total > capacity) {
      problems.push(
        `${c.label}: workflow "${workflow.id}" needs ${total} working minutes, legal time holds ${capacity}`,
      );
    }
  }
  return problems;
}

describe('demo procedure catalogue', () => {
  it('parses every entry as a ProcedureDefinition', () => {
    expect(failures).toEqual([]);
  });

  it('has at least 32 procedures, all marked demo', () => {
    expect(definitions.length).toBeGreaterThanOrEqual(32);
    expect(definitions.filter((d) => !d.demo).map((d) => d.code)).toEqual([]);
  });

  it('has unique codes', () => {
    expect(duplicates(definitions.map((d) => d.code))).toEqual([]);
  });

  it('resolves references, keeps 3–6 steps per workflow and fits every case inside its legal time', () => {
    const problems = definitions.flatMap((definition, index) =>
      problemsOf(definition).map((problem) => `[${index}] (${definition.code}) ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it.each<[string, FeeSelectionInput, number]>([
    ['1.001029.000.00.00.H26', { choices: { 'so-phong': '4-5-phong' } }, 6_000_000],
    ['1.004194.000.00.00.H26', { choices: { 'kenh-nop': 'truc-tuyen' } }, 10_000],
    ['1.004200.000.00.00.H26', { choices: { 'truong-hop': 'gia-han-truc-tiep' } }, 10_000],
    ['2.000488.000.00.00.H26', { choices: { 'doi-tuong': 'uu-dai' }, quantities: { sheet: 3 } }, 105_000],
    ['1.012500.000.00.00.H26', { choices: { 'kenh-nop': 'truc-tiep' } }, 135_000],
    ['2.000620.000.00.00.H26', { choices: { 'doi-tuong': 'ho-kinh-doanh' } }, 400_000],
    ['1.001266.000.00.00.H26', { choices: { 'quy-mo': 'duoi-200-suat' } }, 700_000],
    ['2.001035.000.00.00.H26', { choices: { 'viec-chung-thuc': 'hop-dong' } }, 50_000],
    ['1.012766.000.00.00.H26', { choices: { 'loai-giay': 'chi-dat' } }, 25_000],
    ['2.000815.000.00.00.H26', { quantities: { page: 3 } }, 5_000],
    ['2.000635.000.00.00.H26', { quantities: { copy: 2 } }, 16_000],
  ])('charges %s one tier, never the sum of its alternatives', (code, selection, total) => {
    const definition = definitions.find((d) => d.code === code)!;
    expect(computeFees(definition.fees, selection).total).toBe(total);
    expect(() => computeFees(definition.fees, {})).toThrow();
  });
});
