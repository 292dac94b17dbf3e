/**
 * A text summary of a V8 `.cpuprofile` (what `node --cpu-prof` writes; the file itself opens in Chrome
 * DevTools or speedscope): self time per function and per package, optionally over a time window only, so
 * the server's start-up (module loading, tsx compiling) does not crowd out the request path.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

/** The fields of a `.cpuprofile` the summary reads (times in microseconds on the monotonic clock). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A window in microseconds of the monotonic clock (`process.hrtime.bigint() / 1000n` in any process). */
export interface ProfileWindow {
  fromMicros: number;
  toMicros: number;
}

export interface SelfTimeRow {
  name: string;
  selfMs: number;
  /** Share of the busy (non-idle) time in the window. */
  share: number;
}

export interface ProfileSummary {
  windowMs: number;
  busyMs: number;
  idleMs: number;
  samples: number;
  functions: SelfTimeRow[];
  packages: SelfTimeRow[];
}

const IDLE = '(idle)';

/** Where a function lives: an npm package, a node built-in, a project file or V8 itself. */
function packageOf(url: string): string {
  if (url.startsWith('node:')) return 'node (built-in)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  const src = url.indexOf('/src/');
  return src >= 0
    ? url
        .slice(src + 1)
        .split('/')
        .slice(0, 3)
        .join('/')
    : url.replace(/^file:\/\//, '');
}

/** V8's own entries keep their names ("(garbage collector)"); other native code is marked as such. */
const nativeName = (frame: CallFrame) =>
  frame.functionName.startsWith('(') ? frame.functionName : `(native) ${frame.functionName || 'anonymous'}`;

function frameName(frame: CallFrame): string {
  if (frame.url === '') return nativeName(frame);
  const file = frame.url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '');
  const local = file.includes('/src/') ? file.slice(file.indexOf('/src/') + 1) : file;
  return `${frame.functionName || '(anonymous)'} ${local}:${frame.lineNumber + 1}`;
}

function rank(totals: Map<string, number>, busy: number, top: number): SelfTimeRow[] {
  return [...totals.entries()]
    .filter(([name]) => name !== IDLE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({
      name,
      selfMs: Math.round(micros / 100) / 10,
      share: busy > 0 ? Math.round((micros / busy) * 1000) / 1000 : 0,
    }));
}

/**
 * Self time per function and per package. A sample's time is the gap to the next sample (as DevTools
 * counts it); samples outside `window` are left out.
 */
export function summariseCpuProfile(profile: CpuProfile, window?: ProfileWindow, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let at = profile.startTime;
  let busy = 0;
  let idle = 0;
  let counted = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    at += profile.timeDeltas[i] ?? 0;
    const span = profile.timeDeltas[i + 1] ?? 0;
    if (window && (at < window.fromMicros || at >= window.toMicros)) continue;
    const frame = byId.get(profile.samples[i]!);
    if (!frame) continue;
    counted += 1;
    const name = frameName(frame);
    functions.set(name, (functions.get(name) ?? 0) + span);
    if (name === IDLE) {
      idle += span;
      continue;
    }
    busy += span;
    const pkg = frame.url === '' ? nativeName(frame) : packageOf(frame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + span);
  }
  return {
    windowMs: Math.round((busy + idle) / 1000),
    busyMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    samples: counted,
    functions: rank(functions, busy, top),
    packages: rank(packages, busy, top),
  };
}

/** The summary as a plain-text report. */
export function formatProfileSummary(summary: ProfileSummary, heading: string): string {
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
  const ms = (value: number) => `${value.toFixed(1).padStart(9)} ms`;
  const table = (rows: SelfTimeRow[]) => rows.map((r) => `${ms(r.selfMs)}  ${percent(r.share)}  ${r.name}`);
  return [
    heading,
    `window ${summary.windowMs} ms: busy ${summary.busyMs} ms, idle ${summary.idleMs} ms, ${summary.samples} samples`,
    '',
    'Top self time by function (share of busy time):',
    ...table(summary.functions),
    '',
    'Self time by package / folder:',
    ...table(summary.packages),
    '',
  ].join('\n');
}
