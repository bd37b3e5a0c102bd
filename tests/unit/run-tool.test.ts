import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const runTool = resolve('lib/build/publish/run-tool.mjs');
let project: string;

/** Runs the tool as a build step does, from a project folder of its own. */
const run = (...args: string[]) => spawnSync(process.execPath, [runTool, 'tools/tool.ts', ...args], { cwd: project, encoding: 'utf8' });

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'run-tool-'));
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(project, 'message.ts'), "export const message: string = 'first';\n");
  // A TypeScript tool importing another module of the project, reading its command line.
  mkdirSync(join(project, 'tools'));
  writeFileSync(join(project, 'tools', 'tool.ts'), "import { message } from '../message';\nconst [script, ...args] = process.argv.slice(1);\nconsole.log(`${message} ${script} ${args.join(' ')}`);\nif (args.includes('fail')) process.exit(3);\n");
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('run-tool', () => {
  it('runs a TypeScript tool with the command line tsx gave it: its own path, then its arguments', () => {
    const result = run('--out', 'x y');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`first ${join(project, 'tools', 'tool.ts')} --out x y\n`);
  });

  it('runs the code as it is now: an edited module is bundled again', () => {
    expect(run().stdout).toMatch(/^first /);
    expect(run().stdout).toMatch(/^first /);
    writeFileSync(join(project, 'message.ts'), "export const message: string = 'second';\n");
    expect(run().stdout).toMatch(/^second /);
  });

  it('ends with the exit code the tool ends with', () => {
    expect(run('fail').status).toBe(3);
    expect(run('ok').status).toBe(0);
  });
});
