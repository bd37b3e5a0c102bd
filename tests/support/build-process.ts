/**
 * `npm run build` as a process a test can watch and stop: its output, the processes it started
 * (read from /proc, so a test can prove none is left), and a wait for a given step to be running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RunningBuild {
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number }>;
}

export function startBuild(out: string, env: Record<string, string>, args: readonly string[] = []): RunningBuild {
  const started = performance.now();
  // A group of its own, so a test can send Ctrl-C's SIGINT to all of it as a terminal would.
  const child = spawn('npm', ['run', 'build', '--', '--out', out, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, seconds: (performance.now() - started) / 1000 })),
  );
  return { child, output: () => output, exited };
}

interface ProcessEntry {
  readonly pid: number;
  readonly parent: number;
  readonly command: string;
}

function processes(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      entries.push({ pid: Number(name), parent, command });
    } catch {
      // ended while being read
    }
  }
  return entries;
}

/** Every process started, directly or not, by `root`, with its command line. */
export function descendants(root: number): ProcessEntry[] {
  const all = processes();
  const found: ProcessEntry[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    for (const entry of all.filter((candidate) => candidate.parent === pid)) {
      found.push(entry);
      pending.push(entry.pid);
    }
  }
  return found;
}

export function alive(pids: readonly number[]): number[] {
  const running = new Set(processes().map((entry) => entry.pid));
  return pids.filter((pid) => running.has(pid));
}

/** Waits until a process whose command line matches is among the build's, and returns them all. */
export async function waitForStep(build: RunningBuild, command: RegExp, timeoutMs = 120_000): Promise<ProcessEntry[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const tree = descendants(build.child.pid!);
    if (tree.some((entry) => command.test(entry.command))) return tree;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no process matching ${command} started within ${timeoutMs} ms; output:\n${build.output().slice(-2000)}`);
}

/** Waits until the build has said something matching `line`: a stage no process marks, such as Next's rendering. */
export async function waitForOutput(build: RunningBuild, line: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!line.test(build.output())) {
    if (Date.now() > deadline) throw new Error(`the build did not print ${line} within ${timeoutMs} ms; output:\n${build.output().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every file of a site (through the link at `out`) with a hash of its bytes. */
export function siteFiles(out: string): Map<string, string> {
  const root = realpathSync(out);
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}
