/**
 * CPU use from /proc over an interval: the whole machine's busy share and one process's share, both in
 * cores (1.0 = one core fully busy), so a run on a shared machine records how busy it was besides the
 * benchmark. Zeros where /proc is not available.
 */
import fs from 'node:fs';
import os from 'node:os';

interface Ticks {
  machineBusy: number;
  machineTotal: number;
  process: number;
}

function readTicks(pid: number): Ticks {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1);
    const values = cpu.map(Number);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    const total = values.slice(0, 8).reduce((sum, v) => sum + v, 0);
    // fields after the command (which may hold spaces) start after the last ')'
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const processTicks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    return { machineBusy: total - idle, machineTotal: total, process: processTicks };
  } catch {
    return { machineBusy: 0, machineTotal: 0, process: 0 };
  }
}

export interface CpuShare {
  /** Cores busy on the whole machine. */
  machineCores: number;
  /** Cores used by the process. */
  processCores: number;
}

/** Starts a meter; each `read()` gives the shares since the previous read (or since the start). */
export function meterCpu(pid: number): { read(): CpuShare } {
  const cores = os.cpus().length;
  let last = readTicks(pid);
  return {
    read() {
      const now = readTicks(pid);
      const total = now.machineTotal - last.machineTotal;
      const perCore = total / cores;
      const share: CpuShare =
        total > 0
          ? {
              machineCores: Math.round(((now.machineBusy - last.machineBusy) / perCore) * 100) / 100,
              processCores: Math.round(((now.process - last.process) / perCore) * 100) / 100,
            }
          : { machineCores: 0, processCores: 0 };
      last = now;
      return share;
    },
  };
}
