/**
 * A TypeScript script as a command: `node --import tsx script …`, one process. The tsx command
 * starts a second node and relays signals to it, killing it outright when it has not answered
 * within 30 ms (under load that skipped a step's own stop handling), and each start cost another
 * half second, paid by every step of a build and every command a test runs.
 */
export const typescriptCommand = (script: string, ...args: readonly string[]): [string, string[]] => [process.execPath, ['--import', 'tsx', script, ...args]];
