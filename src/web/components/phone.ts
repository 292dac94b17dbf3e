/**
 * Small-screen helpers of the app frame. Phones (below Ant Design's `md`, 768 px) get the menu in a drawer
 * and the signed-in person as initials; wider screens keep the menus and the full name.
 */
import { Grid } from 'antd';

/** True on a phone-sized screen (narrower than Ant Design's `md` breakpoint). */
export function useIsPhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

/**
 * Up to two initials of a Vietnamese full name: the family name's and the given name's (the last word),
 * "Nguyễn Văn An" → "NA", "An" → "A"; empty for a blank name.
 */
export function initialsOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .filter((word): word is string => word !== undefined)
    .map((word) => [...word][0]?.toLocaleUpperCase('vi-VN') ?? '')
    .join('');
}

/** Tooltip trigger of an explanation: hover with a mouse, a tap on a phone (which has no hover). */
export const TAP_OR_HOVER: ('hover' | 'click')[] = ['hover', 'click'];
