import { describe, expect, it } from 'vitest';
import { describeAge } from './age';

describe('describeAge', () => {
  it.each([
    [null, { key: 'age.none' }],
    [59, { key: 'age.minutes', values: { n: 0 } }],
    [30 * 60, { key: 'age.minutes', values: { n: 30 } }],
    [3600 + 5 * 60, { key: 'age.hours', values: { h: 1, m: 5 } }],
    [2 * 86_400 + 3 * 3600 + 59, { key: 'age.days', values: { d: 2, h: 3 } }],
  ])('%s s → %j', (seconds, expected) => {
    expect(describeAge(seconds)).toEqual(expected);
  });
});
