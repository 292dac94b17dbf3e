import { describe, expect, it } from 'vitest';
import { interpolate } from './define';
import { messageGroups, messages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionary', () => {
  it('declares each key once across all groups', () => {
    const declared = messageGroups.reduce((sum, group) => sum + Object.keys(group).length, 0);
    expect(Object.keys(messages)).toHaveLength(declared);
  });

  it('has a non-empty Vietnamese and English text with the same placeholders for every key', () => {
    for (const [key, message] of Object.entries(messages)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Xin chào, {name}', { name: 'Bình' })).toBe('Xin chào, Bình');
    expect(interpolate('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
});
