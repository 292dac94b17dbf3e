import { describe, expect, it } from 'vitest';
import {
  checkImportRecord,
  parsePortalTime,
  type ImportLookups,
  type ImportRecord,
} from './import-record.js';

const unit = {
  id: 'u1',
  agencyCode: '000.01.90.H26',
  authorityId: 'a1',
  scopePath: '/a1/',
  calendarVersionId: 'c1',
};
const lookups: ImportLookups = {
  unitByCode: (code) => (code === '00004.MC' ? unit : undefined),
  procedureByCode: (code) =>
    code === '1.001' ? { id: 'p1', versionId: 'v1', offeredBy: new Set(['u1']) } : undefined,
};
const now = Date.parse('2026-03-02T00:00:00Z');
const base: ImportRecord = {
  MaHoSo: '000.01.90.H26-260210-0001',
  MaTTHC: '1.001',
  MaDonVi: '00004.MC',
  TrangThaiHoSo: 9,
  KenhNop: '1',
  ChuHoSo: 'Nguyễn Văn A',
  NgayTiepNhan: '20260210233000',
  NgayHenTra: '20260220170000',
  NgayKetThucXuLy: '20260218100000',
  QuaTrinhXuLy: 'accept@20260210233000|refuse@20260218100000',
};
const reasonOf = (patch: ImportRecord) => {
  const check = checkImportRecord({ ...base, ...patch }, lookups, now);
  return check.ok ? null : check.reason;
};

describe('parsePortalTime', () => {
  it('reads the compact form in Vietnam time and ISO with a zone; refuses impossible dates', () => {
    expect(new Date(parsePortalTime('20260210233000')).toISOString()).toBe('2026-02-10T16:30:00.000Z');
    expect(parsePortalTime('2026-02-10T23:30:00+07:00')).toBe(Date.parse('2026-02-10T16:30:00Z'));
    expect(parsePortalTime('20260230080000')).toBeNaN();
    expect(parsePortalTime('2026-02-10T23:30:00')).toBeNaN();
  });
});

describe('checkImportRecord', () => {
  it('accepts a consistent record and derives status, outcome and log', () => {
    const check = checkImportRecord(base, lookups, now);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.dossier.status).toBe('processed');
    expect(check.dossier.state.outcome).toBe('refused');
    expect(check.dossier.actions.map((a) => a.type)).toEqual(['accept', 'refuse']);
    expect(check.dossier.state.receivedAt).toBe(Date.parse('2026-02-10T16:30:00Z'));
  });

  it.each([
    [{ TrangThaiHoSo: 6 }, 'Trạng thái 6'],
    [{ TrangThaiHoSo: 0 }, 'bảng mã 1–10'],
    [{ MaDonVi: 'X' }, 'Không tìm thấy đơn vị'],
    [{ MaTTHC: '9.999' }, 'Không tìm thấy thủ tục'],
    [{ MaHoSo: '000.01.90.H26-260211-0001' }, 'khác ngày nộp hoặc ngày tiếp nhận'],
    [{ MaHoSo: '000.02.90.H26-260210-0001' }, 'không mang mã định danh'],
    [{ MaHoSo: '000.01.90.H26-260210-0000' }, 'không đúng cấu trúc'],
    [{ NgayKetThucXuLy: '' }, 'phải có ngày kết thúc xử lý'],
    [{ TrangThaiHoSo: 4 }, 'chưa kết thúc'],
    [{ NgayHenTra: '20260209080000' }, 'Ngày hẹn trả trước ngày tiếp nhận'],
    [{ NgayKetThucXuLy: '20260310080000', QuaTrinhXuLy: 'accept@20260210233000' }, 'tương lai'],
    [{ QuaTrinhXuLy: 'accept@20260212080000|forward@20260211080000' }, 'sớm hơn bước trước'],
    [{ QuaTrinhXuLy: 'teleport@20260212080000' }, 'không có trong hệ thống'],
    [{ QuaTrinhXuLy: '' }, 'ít nhất một bước'],
    [{ SoGiayTo: '12345' }, 'Số giấy tờ'],
    [{ SoDienThoai: '0123456789' }, 'di động'],
  ] as const)('refuses %o', (patch, reason) => {
    expect(reasonOf(patch)).toContain(reason);
  });
});
