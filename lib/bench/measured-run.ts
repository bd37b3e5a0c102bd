/**
 * Runs a command and measures it as a whole: wall time and the peak memory of its whole process
 * tree (Next's build workers and the search indexer are child processes), sampled from /proc, since a
 * single process's maximum would miss the workers.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
  readonly command: string;
  readonly seconds: number;
  /** The largest sum of resident memory of the command and its descendants seen at any sample. */
  readonly peakBytes: number;
  readonly output: string;
}

const sampleEveryMs = 200;

export async function runMeasured(command: string, args: readonly string[], env: Readonly<Record<string, string>> = {}, cwd?: string): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakBytes = 0;
  const timer = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
  }, sampleEveryMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const label = [command, ...args].join(' ');
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${output.slice(-3000)}`);
  return { command: label, seconds: (performance.now() - started) / 1000, peakBytes, output };
}

/** Resident memory of a process and all its descendants, in bytes. */
function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += residentBytes(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces and parentheses: read after its closing one.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function residentBytes(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
