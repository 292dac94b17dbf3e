import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/http';
import { describePath, fieldNameOf, issuesOf, toNamePath } from './issue-paths';
import { translator } from './test-support';

const t = translator('vi');

describe("the server's validation paths", () => {
  it('become the editor’s field names, without the request’s prefix', () => {
    expect(toNamePath('definition.workflows[0].steps[2].allotted.value')).toEqual([
      'workflows',
      0,
      'steps',
      2,
      'allotted',
      'value',
    ]);
    expect(toNamePath('definition.name')).toEqual(['name']);
    expect(toNamePath('definition')).toEqual([]);
    expect(toNamePath('[3].documents[1].form', '')).toEqual([3, 'documents', 1, 'form']);
  });

  it('mark the value input of a value-and-unit pair', () => {
    expect(fieldNameOf('definition.processingTime')).toEqual(['processingTime', 'value']);
    expect(fieldNameOf('definition.workflows[1].steps[0].allotted')).toEqual([
      'workflows',
      1,
      'steps',
      0,
      'allotted',
      'value',
    ]);
    expect(fieldNameOf('definition.workflows[1].steps[0].task')).toEqual([
      'workflows',
      1,
      'steps',
      0,
      'task',
    ]);
  });

  it('read as words a person can follow', () => {
    expect(describePath('definition.workflows[0].steps[2].allotted.value', t)).toBe(
      'Quy trình 1 › Bước 3 › Thời gian',
    );
    expect(describePath('definition.processingTime', t)).toBe('Thời hạn giải quyết');
    expect(describePath('[3].fees[0].amount', t, '')).toBe('Thủ tục thứ 4 › Phí 1 › Mức thu');
    expect(describePath('definition', t)).toBe('toàn bộ thủ tục');
  });

  it('are read out of a validation error only, each with a message', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      message: 'Thủ tục không hợp lệ',
      details: [{ path: 'definition.name', message: 'Quá ngắn' }, { path: 'ownerUnitId' }, 'not an issue'],
    });
    expect(issuesOf(error)).toEqual([
      { path: 'definition.name', message: 'Quá ngắn' },
      { path: 'ownerUnitId', message: 'Thủ tục không hợp lệ' },
    ]);
    expect(issuesOf(new ApiError(409, { code: 'conflict', message: 'x', details: [{ path: 'a' }] }))).toEqual(
      [],
    );
    expect(issuesOf(new Error('boom'))).toEqual([]);
  });
});
