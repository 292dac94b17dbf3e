import { describe, expect, it } from 'vitest';
import { filterFromParams, paramsFromFilter, refineFilter } from './procedure-filter';

describe('the list filter in the address', () => {
  it('reads what it can and falls back to "all, first page"', () => {
    expect(
      filterFromParams(
        new URLSearchParams('q=khai%20sinh&level=commune&page=2&field=H%E1%BB%99%20t%E1%BB%8Bch'),
      ),
    ).toEqual({
      q: 'khai sinh',
      field: 'Hộ tịch',
      level: 'commune',
      unitId: null,
      page: 2,
      pageSize: 20,
    });
    expect(filterFromParams(new URLSearchParams('level=village&page=-1&size=7'))).toMatchObject({
      level: null,
      page: 1,
      pageSize: 20,
    });
  });

  it('writes only what differs from the defaults, and reads back the same filter', () => {
    const filter = { q: 'kết hôn', field: null, level: null, unitId: 'u1', page: 1, pageSize: 50 };
    expect(paramsFromFilter(filter).toString()).toBe('q=k%E1%BA%BFt+h%C3%B4n&unit=u1&size=50');
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
  });

  it('goes back to the first page when the search changes, not when the page does', () => {
    const filter = { q: '', field: null, level: null, unitId: null, page: 3, pageSize: 20 };
    expect(refineFilter(filter, { q: 'hộ tịch' }).page).toBe(1);
    expect(refineFilter(filter, { page: 4 }).page).toBe(4);
  });
});
