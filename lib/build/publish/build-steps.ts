/**
 * The build's steps as child processes that can all be stopped. Each step starts as a process
 * group of its own (`detached`), so stopping it reaches everything it started in turn: Next's
 * page workers, the indexer. Without that, a signal to the build ended the
 * build's own process while `next build` and the indexer ran on and wrote files 15 s later.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { signalGroup } from './build-lock';

export interface StepOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Nice value: a step that should take only the CPU the others leave idle. */
  readonly niceness?: number;
}

/** How long a stopped step may take to end before it is killed. */
const graceMs = 3000;

export class BuildSteps {
  readonly timings: string[] = [];
  /** Every group started, running or not: a finished step's workers may outlive it. */
  private readonly groups = new Set<number>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly labels = new Map<string, number>();
  private stopped = false;

  constructor(private readonly onGroupsChanged: (groups: readonly number[]) => void = () => undefined) {}

  run(label: string, command: string, args: readonly string[], options: StepOptions = {}): Promise<void> {
    if (this.stopped) return Promise.reject(new Error(`${label} not started: the build is stopping`));
    const started = performance.now();
    const child = spawn(command, args, { stdio: 'inherit', detached: true, env: { ...process.env, ...options.env } });
    const done = new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => {
        this.running.delete(child.pid!);
        this.timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
        if (code === 0) resolve();
        else reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
      });
    });
    if (child.pid !== undefined) {
      this.groups.add(child.pid);
      this.running.set(child.pid, done.catch(() => undefined));
      this.labels.set(label, child.pid);
      this.onGroupsChanged([...this.groups]);
      if (options.niceness !== undefined) setPriority(child.pid, options.niceness);
    }
    return done;
  }

  /**
   * Ends one step that may still be running and waits for it, for a step whose work can be left
   * half done (the removal of earlier builds, which the next build takes up where it stopped).
   */
  async end(label: string): Promise<void> {
    const group = this.labels.get(label);
    const running = group === undefined ? undefined : this.running.get(group);
    if (group === undefined || !running) return;
    signalGroup(group, 'SIGTERM');
    await running;
  }

  /** Ends every step and all they started: SIGTERM, then SIGKILL for what is left after the grace time. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const group of this.groups) signalGroup(group, 'SIGTERM');
    const ended = Promise.all(this.running.values());
    const timeout = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref());
    await Promise.race([ended, timeout]);
    // Whatever is left in any group (a worker that ignored SIGTERM, one that outlived its step).
    for (const group of this.groups) signalGroup(group, 'SIGKILL');
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 500).unref())]);
  }
}
