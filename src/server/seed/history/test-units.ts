/**
 * Test support: the demo catalogue offered by three receiving units with made-up ids, on the default
 * working calendar, so the pure generator can be exercised without a database.
 */
import fs from 'node:fs';
import { createWorkingCalendar } from '../../../domain/calendar/index.js';
import { parseCatalogue } from '../../modules/procedures/procedures.transfer.js';
import { DEMO_CATALOGUE_FILE } from '../demo-catalogue.js';
import type { HistoryUnit } from './generate.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Units like the demo's: two communes (commune procedures) and the province centre (the others). */
export function createTestUnits(): HistoryUnit[] {
  const definitions = parseCatalogue(JSON.parse(fs.readFileSync(DEMO_CATALOGUE_FILE, 'utf8')));
  const calendar = createWorkingCalendar();
  const procedures = definitions.map((definition, index) => ({
    id: id(100 + index),
    versionId: id(200 + index),
    definition,
  }));
  const commune = procedures.filter((p) => p.definition.level === 'commune');
  const province = procedures.filter((p) => p.definition.level !== 'commune');
  const unit = (n: number, code: string, codeId: string, list: typeof procedures, onlineShare: number) => ({
    id: id(n),
    code,
    codeId,
    authorityId: id(n + 10),
    scopePath: `/${id(n + 10)}/`,
    area: 'phường Ba Đình, Hà Nội',
    onlineShare,
    weight: 1,
    calendarVersionId: id(90),
    calendar,
    actors: { reception: id(1), specialist: id(2), unit_leader: id(3), one_stop_head: id(4) },
    procedures: list,
    citizen: null,
  });
  return [
    unit(11, '00004.MC', '000.01.90.H26', commune, 0.6),
    unit(12, '00008.MC', '000.02.90.H26', commune, 0.6),
    unit(13, '01.TTPVHCC', '000.00.01.H26', province, 0.45),
  ];
}
