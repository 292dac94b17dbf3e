import { createTestApp } from '../src/server/testing/harness.js';
import { generateDemoHistory } from '../src/server/seed/demo-history.js';
import { refreshRollups } from '../src/server/modules/rollups/rollups.service.js';
import { listAdminUnitsOfKind } from '../src/server/modules/indicators/indicators.queries.js';
import { computeTotals, rankUnits } from '../src/server/modules/indicators/indicators.service.js';
import { presentRanked } from '../src/server/modules/transparency/transparency.present.js';
import { parsePeriod } from '../src/domain/indicators/index.js';
const t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
await generateDemoHistory(t.deps.database.db, t.clock, { days: 75 });
await refreshRollups(t.deps.database.db, t.clock);
const db = t.deps.database.db;
const units = await listAdminUnitsOfKind(db, 'commune');
const p = parsePeriod('2026-02')!;
for (let i = 0; i < 4; i++) {
  let s = performance.now();
  await computeTotals(db, { by: 'child', children: units }, p, t.clock.now());
  const a = performance.now() - s; s = performance.now();
  const ranked = await rankUnits(db, units, p, t.clock.now());
  const b = performance.now() - s; s = performance.now();
  const out = ranked.map(presentRanked); const c = performance.now() - s; s = performance.now();
  const json = JSON.stringify(out); const d = performance.now() - s;
  console.log(JSON.stringify({ totals: a.toFixed(0), rank: b.toFixed(0), present: c.toFixed(0), json: d.toFixed(0), size: json.length }));
}
await t.close();
