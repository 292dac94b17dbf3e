import { describe, expect, it } from 'vitest';
import { initialsOf } from './phone';

describe('initialsOf', () => {
  it('takes the family name and the given name', () => {
    expect(initialsOf('Nguyễn Văn An')).toBe('NA');
    expect(initialsOf('  đặng   thị ánh tuyết ')).toBe('ĐT');
  });

  it('copes with a one-word or blank name', () => {
    expect(initialsOf('Ánh')).toBe('Á');
    expect(initialsOf('   ')).toBe('');
  });
});
