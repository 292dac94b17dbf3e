import { describe, expect, it } from 'vitest';
import { SQL_FOLD_TRANSLATION, foldText, matchesFolded } from './fold';

/** What SQL `lower(translate(text, from, to))` computes, for ASCII plus Vietnamese letters. */
function translateLikeSql(text: string): string {
  const from = [...SQL_FOLD_TRANSLATION.from];
  const to = [...SQL_FOLD_TRANSLATION.to];
  return [...text]
    .map((char) => {
      const index = from.indexOf(char);
      return index === -1 ? char : (to[index] ?? '');
    })
    .join('')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
}

describe('foldText', () => {
  it('drops diacritics and case, and reads đ/Đ as d', () => {
    expect(foldText('Xác nhận tình trạng hôn nhân')).toBe('xac nhan tinh trang hon nhan');
    expect(foldText('ĐĂNG KÝ Đất đai')).toBe('dang ky dat dai');
    expect(foldText('Ủy ban nhân dân phường Hữu Nghị')).toBe('uy ban nhan dan phuong huu nghi');
  });

  it('folds text typed in decomposed form (NFD) like precomposed text', () => {
    expect(foldText('Hồ sơ'.normalize('NFD'))).toBe(foldText('Hồ sơ'));
  });
});

describe('matchesFolded', () => {
  it('finds a procedure typed without diacritics', () => {
    expect(matchesFolded('Xác nhận tình trạng hôn nhân', 'tinh trang hon nhan')).toBe(true);
    expect(matchesFolded('Đăng ký khai sinh', 'dang ky')).toBe(true);
    expect(matchesFolded('Đăng ký khai sinh', 'khai tử')).toBe(false);
  });

  it('lets a blank query match everything', () => {
    expect(matchesFolded('anything', '   ')).toBe(true);
  });
});

describe('SQL_FOLD_TRANSLATION', () => {
  it('pairs every marked letter with one plain letter', () => {
    expect([...SQL_FOLD_TRANSLATION.from]).toHaveLength([...SQL_FOLD_TRANSLATION.to].length);
    expect(SQL_FOLD_TRANSLATION.to).toMatch(/^[a-z]+$/);
  });

  it('folds Vietnamese text exactly as foldText does', () => {
    const samples = [
      'Xác nhận tình trạng hôn nhân',
      'ĐĂNG KÝ KẾT HÔN CÓ YẾU TỐ NƯỚC NGOÀI',
      'Cấp đổi Giấy chứng nhận quyền sử dụng đất',
      'Trường Mầm non Hữu Nghị — Ỷ Lan, Ỹ, Ự',
    ];
    for (const sample of samples) expect(translateLikeSql(sample)).toBe(foldText(sample));
  });
});
