/**
 * Bulk import of dossiers (issue #20 item 5): good rows are stored and seen through the normal dossier API
 * by the receiving unit's officials only; bad rows are refused with their line and a Vietnamese reason;
 * roll-ups recount equal after the import. Runs on PGlite (unnest staging) and on PostgreSQL (COPY).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRollups } from '../rollups/rollups.service.js';
import { authHeaders, createTestApp, signIn, type TestApp } from '../../testing/harness.js';
import { importDossiers, type ImportReject } from './import.service.js';
import * as q from './import.queries.js';

let t: TestApp;
let ward: { agency: string };
let other: { agency: string };
let procedureCode: string;

async function* linesOf(lines: string[]) {
  for (const line of lines) yield line;
}

async function runImport(lines: string[], format: 'csv' | 'jsonl' = 'jsonl') {
  const rejects: ImportReject[] = [];
  const result = await importDossiers(t.deps.database, t.clock, () => linesOf(lines), {
    format,
    source: 'test',
    batchSize: 2,
    onReject: (r) => rejects.push(r),
  });
  return { result, rejects };
}

const returned = (code: string, unit = '00004.MC') => ({
  MaHoSo: code,
  MaTTHC: procedureCode,
  MaDonVi: unit,
  TrangThaiHoSo: 10,
  KenhNop: '1',
  ChuHoSo: 'Nguyễn Văn Nhập',
  SoGiayTo: '001089012345',
  SoDienThoai: '0912000111',
  NgayTiepNhan: '20260210090000',
  NgayHenTra: '20260220170000',
  NgayKetThucXuLy: '20260218100000',
  NgayTraKetQua: '20260219090000',
  QuaTrinhXuLy: [
    { HanhDong: 'accept', ThoiDiem: '20260210090000' },
    { HanhDong: 'forward', ThoiDiem: '20260212140000' },
    { HanhDong: 'return_result', ThoiDiem: '20260219090000' },
  ],
});

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const units = await q.listImportUnits(t.deps.database.db);
  const agencyOf = (code: string) => {
    const row = units.find((u) => u.code === code)!;
    return { agency: (row.dossier_code_id ?? row.parent_dossier_code_id)!, id: row.id };
  };
  const wardUnit = agencyOf('00004.MC');
  const otherUnit = agencyOf('00008.MC');
  ward = wardUnit;
  other = otherUnit;
  const offers = await q.listImportProcedures(t.deps.database.db);
  const byWard = new Set(offers.filter((o) => o.unit_id === wardUnit.id).map((o) => o.code));
  procedureCode = offers.find((o) => o.unit_id === otherUnit.id && byWard.has(o.code))!.code;
});
afterAll(async () => {
  await t.close();
});

describe('import dossiers', () => {
  let wardCode: string;
  let otherCode: string;
  let lines: string[];

  it('stores good rows and refuses bad ones with their line and a reason', async () => {
    wardCode = `${ward.agency}-260210-0901`;
    otherCode = `${other.agency}-260225-0007`;
    const processing = {
      ...returned(otherCode, '00008.MC'),
      TrangThaiHoSo: '4',
      NgayTiepNhan: '2026-02-25T10:00:00+07:00',
      NgayHenTra: '20260306170000',
      NgayKetThucXuLy: '',
      NgayTraKetQua: '',
      QuaTrinhXuLy: [{ HanhDong: 'accept', ThoiDiem: '20260225100000' }],
    };
    lines = [
      JSON.stringify(returned(wardCode)),
      JSON.stringify(processing),
      JSON.stringify({ ...returned(`${ward.agency}-260210-0902`), TrangThaiHoSo: 6 }),
      JSON.stringify(returned(`${ward.agency}-260210-0903`, 'KHONG.CO')),
      JSON.stringify(returned(`${other.agency}-260210-0904`)),
      JSON.stringify({ ...returned(`${ward.agency}-260210-0905`), NgayTraKetQua: '' }),
      JSON.stringify({ ...returned(wardCode), ChuHoSo: 'Trần Thị Trùng' }),
      '{"MaHoSo": ',
      JSON.stringify({ ...returned(`${ward.agency}-260211-0001`) }),
    ];
    const { result, rejects } = await runImport(lines);
    expect(result.loader).toBe(t.deps.database.kind === 'postgres' ? 'copy' : 'insert');
    expect(result.accepted).toBe(2);
    expect(result.actions).toBe(4);
    expect(rejects.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const reasonOf = (line: number) => rejects.find((r) => r.line === line)!.reason;
    expect(reasonOf(3)).toContain('Trạng thái 6');
    expect(reasonOf(4)).toContain('Không tìm thấy đơn vị tiếp nhận có mã "KHONG.CO"');
    expect(reasonOf(5)).toContain(`không mang mã định danh ${ward.agency}`);
    expect(reasonOf(6)).toContain('phải có ngày trả kết quả');
    expect(reasonOf(7)).toContain('trùng với một dòng trước');
    expect(reasonOf(8)).toContain('JSON');
    expect(reasonOf(9)).toContain('khác ngày nộp hoặc ngày tiếp nhận');
  });

  it('shows the imported dossiers through the dossier API, each only inside its own unit subtree', async () => {
    const list = async (username: string) => {
      const session = await signIn(t.app, username);
      const response = await t.app.inject({
        url: '/api/v1/dossiers?queue=all&pageSize=100&q=260',
        headers: authHeaders(session),
      });
      expect(response.statusCode, response.body).toBe(200);
      const items = response.json().items as { id: string; code: string; status: string }[];
      return { session, items };
    };
    const wardView = await list('tiepnhan');
    const wardDossier = wardView.items.find((d) => d.code === wardCode);
    expect(wardDossier?.status).toBe('returned');
    expect(wardView.items.some((d) => d.code === otherCode)).toBe(false);
    const detail = await t.app.inject({
      url: `/api/v1/dossiers/${wardDossier!.id}`,
      headers: authHeaders(wardView.session),
    });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().history.map((a: { type: string }) => a.type)).toEqual([
      'accept',
      'forward',
      'return_result',
    ]);
    const otherView = await list('noivu.ngocha');
    expect(otherView.items.find((d) => d.code === otherCode)?.status).toBe('processing');
    expect(otherView.items.some((d) => d.code === wardCode)).toBe(false);
  });

  it('keeps the roll-ups equal to a recount', async () => {
    const report = await verifyRollups(t.deps.database.db, t.clock);
    expect(report.pendingBefore).toBe(0);
    expect(report.mismatches).toEqual([]);
  });

  it('refuses codes already stored when the same file comes again', async () => {
    const { result, rejects } = await runImport(lines.slice(0, 2));
    expect(result.accepted).toBe(0);
    expect(rejects).toEqual([
      { line: 1, code: wardCode, reason: 'Mã hồ sơ đã có trong hệ thống.' },
      { line: 2, code: otherCode, reason: 'Mã hồ sơ đã có trong hệ thống.' },
    ]);
  });

  it('reads CSV with quoted fields and actions as type@time', async () => {
    const code = `${ward.agency}-260212-0001`;
    const header =
      'MaHoSo,MaTTHC,MaDonVi,TrangThaiHoSo,KenhNop,ChuHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTraKetQua,QuaTrinhXuLy';
    const { result, rejects } = await runImport(
      [
        header,
        `${code},${procedureCode},00004.MC,9,2,"Công ty TNHH Hòa Bình, chi nhánh 1",20260212080000,20260226170000,20260220110000,,accept@20260212080000|approve@20260220110000`,
        `${ward.agency}-260212-0002,${procedureCode},00004.MC,11,2,Lê Văn Sai,20260212080000,,,,accept@20260212080000`,
      ],
      'csv',
    );
    expect(result.accepted).toBe(1);
    expect(rejects).toEqual([
      { line: 3, code: `${ward.agency}-260212-0002`, reason: expect.stringContaining('bảng mã 1–10') },
    ]);
  });
});
