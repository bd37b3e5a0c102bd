const toolRunner = 'lib/build/publish/run-tool.mjs';

/**
 * A TypeScript tool as a command: `node lib/build/publish/run-tool.mjs script …`, one process,
 * which runs the tool from a bundle of it kept until its sources change (half a second faster to
 * start than tsx's loader, run-tool.mjs says why). The tsx command would also start a second node
 * and relay signals to it, killing it outright when it has not answered within 30 ms (under load
 * that skipped a step's own stop handling), and each start cost another half second, paid by
 * every step of a build and every command a test runs.
 */
export const typescriptCommand = (script: string, ...args: readonly string[]): [string, string[]] => typescriptCommandWith([], script, ...args);

/** The same, with flags for node itself (before the script). */
export const typescriptCommandWith = (nodeFlags: readonly string[], script: string, ...args: readonly string[]): [string, string[]] => [process.execPath, [...nodeFlags, toolRunner, script, ...args]];

/**
 * For a step that builds records of the whole archive in memory: a young generation four times
 * V8's default, so fewer short-lived objects are promoted into an old generation of gigabytes that
 * every full collection marks. index:content for a new day at 100,000 stories: 47.6 s → 40.0 s.
 */
export const largeHeapFlags = ['--max-semi-space-size=64'];
