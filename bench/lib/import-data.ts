/**
 * Test files for the bulk dossier import (B7, issue #20 item 5): the demo-history generator's dossiers
 * (through the real state machine) written as JSON lines or CSV in the national portal shape the importer
 * reads, with a share of deliberately broken lines (status 6, a wrong unit, a missing return time) so the
 * rejects path is measured too. Deterministic for a seed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { NATIONAL_STATUS_CODE } from '../../src/domain/dossiers/status.js';
import type { Db } from '../../src/server/db/types.js';
import { DEMO_HISTORY_UNITS } from '../../src/server/seed/demo-history.js';
import { loadHistoryContext } from '../../src/server/seed/history/context.js';
import { generateHistory, type GeneratedDossier } from '../../src/server/seed/history/generate.js';
import { DEFAULT_HISTORY_SHARES } from '../../src/server/seed/history/shares.js';

/** `yyyyMMddHHmmss` in Vietnam's time (UTC+7), the portal's compact form. */
export function formatPortalTime(ms: number | null): string {
  if (ms === null) return '';
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

/** The portal record of a generated dossier. */
export function toPortalRecord(d: GeneratedDossier) {
  const { state, actions } = d.simulated;
  return {
    MaHoSo: d.code,
    MaTTHC: d.procedure.definition.code,
    MaDonVi: d.unit.code,
    TrangThaiHoSo: NATIONAL_STATUS_CODE[state.status ?? 'submitted'],
    KenhNop: d.channel === 'counter' ? '1' : d.channel === 'online' ? '2' : '3',
    ChuHoSo: d.applicant.fullName,
    SoGiayTo: d.applicant.idNumber,
    SoDienThoai: d.applicant.phone,
    NgayNopHoSo: formatPortalTime(actions[0]!.action.at),
    NgayTiepNhan: formatPortalTime(state.receivedAt),
    NgayHenTra: formatPortalTime(state.dueAt),
    NgayKetThucXuLy: formatPortalTime(state.finishedAt),
    NgayTraKetQua: formatPortalTime(state.returnedAt),
    QuaTrinhXuLy: actions.map(({ action }) => ({
      HanhDong: action.type,
      ThoiDiem: formatPortalTime(action.at),
    })),
  };
}
type PortalRecord = ReturnType<typeof toPortalRecord>;

const CSV_COLUMNS = Object.keys(toPortalRecordShape()) as (keyof PortalRecord)[];
function toPortalRecordShape(): Record<keyof PortalRecord, true> {
  const keys = [
    'MaHoSo',
    'MaTTHC',
    'MaDonVi',
    'TrangThaiHoSo',
    'KenhNop',
    'ChuHoSo',
    'SoGiayTo',
    'SoDienThoai',
    'NgayNopHoSo',
    'NgayTiepNhan',
    'NgayHenTra',
    'NgayKetThucXuLy',
    'NgayTraKetQua',
    'QuaTrinhXuLy',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, true])) as Record<keyof PortalRecord, true>;
}

function toCsvLine(record: PortalRecord): string {
  return CSV_COLUMNS.map((name) => {
    const value = record[name];
    const text = Array.isArray(value)
      ? value.map((a) => `${a.HanhDong}@${a.ThoiDiem}`).join('|')
      : String(value);
    return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(',');
}

/** Breaks every `1 / badShare`-th record in one of three ways the importer must refuse. */
function breakRecord(record: PortalRecord, n: number): PortalRecord {
  if (n % 3 === 0) return { ...record, TrangThaiHoSo: 6 };
  if (n % 3 === 1) return { ...record, MaDonVi: 'KHONG.CO' };
  return {
    ...record,
    TrangThaiHoSo: 10,
    NgayTraKetQua: '',
    NgayKetThucXuLy: record.NgayKetThucXuLy || record.NgayNopHoSo,
  };
}

export interface ImportFileOptions {
  file: string;
  format: 'csv' | 'jsonl';
  /** Stop after this many records. */
  rows: number;
  now: number;
  seed?: number;
  /** Share of broken lines (default 1 %). */
  badShare?: number;
}

/** Writes the file; returns how many records and how many of them were broken on purpose. */
export async function writeImportFile(db: Db, options: ImportFileOptions) {
  const { units } = await loadHistoryContext(db, DEMO_HISTORY_UNITS);
  const every = Math.round(1 / (options.badShare ?? 0.01));
  const out = createWriteStream(options.file);
  if (options.format === 'csv') out.write(`${CSV_COLUMNS.join(',')}\n`);
  let written = 0;
  let broken = 0;
  const generation = {
    seed: options.seed ?? 2026,
    now: options.now,
    days: 365,
    // the demo units yield about 780 dossiers a year per unit of `perUnitDay` (bench/lib/dataset.ts); ask for more, stop at `rows`
    perUnitDay: Math.ceil(options.rows / 600) + 1,
    shares: DEFAULT_HISTORY_SHARES,
  };
  for (const day of generateHistory(units, generation)) {
    for (const dossier of day) {
      if (written >= options.rows) break;
      let record = toPortalRecord(dossier);
      written += 1;
      if (written % every === 0) {
        record = breakRecord(record, written / every);
        broken += 1;
      }
      const line = options.format === 'csv' ? toCsvLine(record) : JSON.stringify(record);
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
    if (written >= options.rows) break;
  }
  out.end();
  await once(out, 'close');
  return { rows: written, broken };
}
