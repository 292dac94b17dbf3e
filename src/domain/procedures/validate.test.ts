import { describe, expect, it } from 'vitest';
import { sampleDefinition } from './sample-definition.js';
import { ProcedureDefinition } from './definition.js';
import { diffDefinitions } from './diff.js';
import { validateDefinition } from './validate.js';

const parse = (input: unknown) => ProcedureDefinition.parse(input);

describe('procedure definition rules', () => {
  it('accepts a sound definition', () => {
    expect(validateDefinition(parse(sampleDefinition()))).toEqual([]);
  });

  it('reports allotments that do not fit the legal time, per case', () => {
    const input = sampleDefinition();
    input.variants![0]!.processingTime = { value: 1, unit: 'working_days' };
    expect(validateDefinition(parse(input))).toEqual([
      expect.objectContaining({ path: 'variants[0]', message: expect.stringContaining('vượt thời hạn') }),
    ]);
  });

  it('finds orphan steps, cycles, unknown references and a last step that cannot give a result', () => {
    const orphan = sampleDefinition();
    orphan.workflows[0]!.steps[0]!.next = 'phe_duyet';
    expect(validateDefinition(parse(orphan))).toEqual([
      expect.objectContaining({ path: 'workflows[0].steps[1]', message: expect.stringContaining('mồ côi') }),
    ]);

    const cycle = sampleDefinition();
    cycle.workflows[0]!.steps[2]!.next = 'tiep_nhan';
    expect(
      validateDefinition(parse(cycle))
        .map((i) => i.message)
        .join(),
    ).toContain('lặp vô hạn');

    const unknown = sampleDefinition();
    unknown.workflows[0]!.steps[0]!.next = 'khong_co';
    unknown.variants![0]!.extraDocumentIds = ['khong_co'];
    unknown.defaultWorkflowId = 'khong_co';
    const paths = validateDefinition(parse(unknown)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['workflows[0].steps[0].next', 'variants[0]', 'defaultWorkflowId']),
    );

    const noResult = sampleDefinition();
    noResult.workflows[0]!.steps[2]!.actions = ['return', 'refuse'];
    expect(validateDefinition(parse(noResult))).toEqual([
      expect.objectContaining({ path: 'workflows[0].steps[2].actions' }),
    ]);
  });

  it('diffs versions matching steps by id', () => {
    const before = parse(sampleDefinition());
    const after = structuredClone(before);
    const [first, second, third] = after.workflows[0]!.steps;
    after.workflows[0]!.steps = [first!, third!, second!];
    after.fees = [];
    const changes = diffDefinitions(before, after);
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: 'workflows[chuan].steps[tham_dinh]', kind: 'moved', before: 2, after: 3 },
        { path: 'fees[0]', kind: 'removed', before: before.fees[0] },
      ]),
    );
  });
});
