/**
 * Open data: every indicator of the listed units for a period, as CSV (UTF-8 with BOM, for spreadsheet
 * programs) or JSON, with the definitions so that each number can be checked from its numerator and
 * denominator.
 */
import { MEASURE_TEXT, type Catalogue, type Period } from '../../../domain/indicators/index.js';
import type { RankedUnitResult } from '../indicators/indicators.service.js';

export interface ExportRow {
  unitCode: string;
  unitName: string;
  period: string;
  indicator: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  score: number | null;
  maxPoints: number | null;
  target: number | null;
  formulaVersion: string;
  flags: string;
}

/** One row per unit and indicator, then the QĐ 766 index of each unit. */
export function buildExportRows(
  units: readonly RankedUnitResult[],
  period: Period,
  catalogue: Catalogue,
): ExportRow[] {
  const names = new Map(catalogue.definitions.map((d) => [d.code, d.name.vi]));
  return units.flatMap((u) => [
    ...u.report.indicators.map((r) => ({
      unitCode: u.unit.code,
      unitName: u.unit.name,
      period: period.key,
      indicator: r.code,
      name: names.get(r.code) ?? r.code,
      numerator: r.numerator,
      denominator: r.denominator,
      value: r.value,
      score: r.score,
      maxPoints: r.maxPoints,
      target: r.target,
      formulaVersion: r.formulaVersion,
      flags: r.flags.join(' '),
    })),
    {
      unitCode: u.unit.code,
      unitName: u.unit.name,
      period: period.key,
      indicator: 'qd766.index',
      // the decision's 100-point scale; the measured points are the "denominator" column, never a rescale
      name: 'Chỉ số phục vụ (QĐ 766): điểm trên thang 100; mẫu số là số điểm đo được',
      numerator: u.report.qd766.points,
      denominator: u.report.qd766.maxMeasured,
      value: u.report.qd766.score,
      score: u.report.qd766.score,
      maxPoints: u.report.qd766.maximum,
      target: null,
      formulaVersion: catalogue.formulaVersion,
      flags: u.report.qd766.score === null ? 'denominator_zero' : '',
    },
  ]);
}

const HEADER = [
  'ma_don_vi',
  'ten_don_vi',
  'ky',
  'ma_chi_tieu',
  'ten_chi_tieu',
  'tu_so',
  'mau_so',
  'gia_tri',
  'diem',
  'diem_toi_da',
  'muc_tieu',
  'phien_ban_cong_thuc',
  'canh_bao',
];

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(Math.round(value * 1e6) / 1e6) : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = rows.map((r) =>
    [
      r.unitCode,
      r.unitName,
      r.period,
      r.indicator,
      r.name,
      r.numerator,
      r.denominator,
      r.value,
      r.score,
      r.maxPoints,
      r.target,
      r.formulaVersion,
      r.flags,
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[HEADER.join(','), ...lines].join('\n')}\n`;
}

/** The rows as a JSON document with the definitions. */
export function toJsonDocument(rows: readonly ExportRow[], period: Period, catalogue: Catalogue) {
  return {
    period: period.key,
    formulaVersion: catalogue.formulaVersion,
    configVersion: catalogue.configVersion,
    definitions: { groups: catalogue.groups, indicators: catalogue.definitions, measures: MEASURE_TEXT },
    rows,
  };
}
