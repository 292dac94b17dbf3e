/**
 * B10's chart as a hand-written SVG: the server's resident memory over the soak (left axis) and the p99
 * latency of each interval (right axis), with the warm-up shaded, the two memory windows compared, and the
 * p99 target drawn as a dashed line.
 */

export interface SoakChartInput {
  title: string;
  seconds: number;
  warmupSeconds: number;
  rss: { at: number; mb: number }[];
  p99: { at: number; ms: number }[];
  windows: { first: [number, number]; last: [number, number] };
  p99TargetMs: number;
}

const WIDTH = 820;
const HEIGHT = 360;
const PAD = { left: 64, right: 64, top: 44, bottom: 48 };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A round top for an axis: 1, 2 or 5 × a power of ten at or above `value`. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

function polyline(points: [number, number][], colour: string): string {
  const d = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  return `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${d}"/>`;
}

/** The chart as an SVG document. */
export function renderSoakChart(input: SoakChartInput): string {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const rssTop = niceCeiling(Math.max(1, ...input.rss.map((p) => p.mb)) * 1.1);
  const msTop = niceCeiling(Math.max(input.p99TargetMs, ...input.p99.map((p) => p.ms)) * 1.1);
  const x = (seconds: number) => PAD.left + (Math.min(seconds, input.seconds) / input.seconds) * plotW;
  const yRss = (mb: number) => PAD.top + plotH - (mb / rssTop) * plotH;
  const yMs = (ms: number) => PAD.top + plotH - (Math.min(ms, msTop) / msTop) * plotH;
  const parts: string[] = [];
  const band = ([from, to]: [number, number], fill: string, label: string) =>
    `<rect x="${x(from)}" y="${PAD.top}" width="${Math.max(0, x(to) - x(from))}" height="${plotH}" fill="${fill}"/>` +
    `<text x="${x(from) + 3}" y="${PAD.top + 12}" font-size="10" fill="#555">${label}</text>`;
  parts.push(band([0, input.warmupSeconds], '#eeeeee', 'warm-up'));
  parts.push(band(input.windows.first, '#e3f0fb', 'first window'));
  parts.push(band(input.windows.last, '#e3f0fb', 'last window'));
  for (let i = 0; i <= 4; i += 1) {
    const y = PAD.top + (plotH * i) / 4;
    parts.push(`<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    parts.push(
      `<text x="${PAD.left - 6}" y="${y + 4}" font-size="11" text-anchor="end" fill="#1f5fa8">${Math.round(rssTop * (1 - i / 4))}</text>`,
    );
    parts.push(
      `<text x="${PAD.left + plotW + 6}" y="${y + 4}" font-size="11" fill="#c0392b">${Math.round(msTop * (1 - i / 4))}</text>`,
    );
  }
  const ticks = 6;
  for (let i = 0; i <= ticks; i += 1) {
    const seconds = (input.seconds * i) / ticks;
    parts.push(
      `<text x="${x(seconds)}" y="${PAD.top + plotH + 16}" font-size="11" text-anchor="middle">${(seconds / 60).toFixed(1)}</text>`,
    );
  }
  const target = yMs(input.p99TargetMs);
  parts.push(
    `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${target}" y2="${target}" stroke="#c0392b" stroke-dasharray="5,4"/>`,
    `<text x="${PAD.left + plotW - 4}" y="${target - 4}" font-size="10" text-anchor="end" fill="#c0392b">p99 target ${input.p99TargetMs} ms</text>`,
  );
  parts.push(
    polyline(
      input.rss.map((p) => [x(p.at), yRss(p.mb)]),
      '#1f5fa8',
    ),
  );
  parts.push(
    polyline(
      input.p99.map((p) => [x(p.at), yMs(p.ms)]),
      '#c0392b',
    ),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="20" font-size="14" text-anchor="middle">${escape(input.title)}</text>`,
    ...parts,
    `<rect x="${PAD.left}" y="${PAD.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`,
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 10}" font-size="12" text-anchor="middle">minutes</text>`,
    `<text transform="translate(16 ${PAD.top + plotH / 2}) rotate(-90)" font-size="12" text-anchor="middle" fill="#1f5fa8">server RSS (MB)</text>`,
    `<text transform="translate(${WIDTH - 14} ${PAD.top + plotH / 2}) rotate(90)" font-size="12" text-anchor="middle" fill="#c0392b">p99 per interval (ms)</text>`,
    '</svg>',
    '',
  ].join('\n');
}
