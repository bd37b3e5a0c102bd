import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ruleSet = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };

async function violations(paths: string[], baseDir: string, tsConfig?: string): Promise<IViolation[]> {
  const options = { validate: true, ruleSet: { forbidden: ruleSet.forbidden } as never, baseDir, tsPreCompilationDeps: true, exclude: { path: 'node_modules' }, ...(tsConfig && { tsConfig: { fileName: tsConfig } }) };
  const { output } = await cruise(paths, options, undefined, tsConfig ? { tsConfig: extractTSConfig(tsConfig) } : undefined);
  return (output as ICruiseResult).summary.violations;
}

describe('the layer rules of .dependency-cruiser.cjs (run by npm run lint)', () => {
  it('fail on a planted upward import, a cycle, a component importing a build tool or a browser script, a route past the API and a script importing a server helper', async () => {
    const found = await violations(['app', 'lib', 'components'], 'tests/fixtures/layers');
    const rules = new Set(found.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`));
    expect(rules).toContain('records-not-to-indexes: lib/records/article.ts → lib/indexes/related.ts');
    expect(rules).toContain('indexes-not-to-api: lib/indexes/related.ts → lib/api/archive.ts');
    expect(rules).toContain('pages-not-to-tools: components/Card.tsx → lib/build/export.ts');
    expect(rules).toContain('routes-through-the-api: app/page.tsx → lib/indexes/related.ts');
    expect(rules).toContain('server-not-to-browser: components/Widget.tsx → lib/browser/widget.ts');
    expect(rules).toContain('browser-not-to-server: lib/browser/widget.ts → lib/view/title.ts');
    expect(rules).toContain('markup-names-only: lib/markup/names.ts → lib/browser/widget.ts');
    expect([...rules].filter((rule) => rule.startsWith('no-circular:'))).toEqual(['no-circular: lib/api/archive.ts → lib/indexes/related.ts']);
  });
});

describe('the code itself', () => {
  it('has no import cycle and no upward import, with the @/ paths resolved', async () => {
    const { output } = await cruise(['app', 'components', 'lib'], { tsPreCompilationDeps: true, tsConfig: { fileName: 'tsconfig.json' } }, undefined, { tsConfig: extractTSConfig('tsconfig.json') });
    const edges = (output as ICruiseResult).modules.flatMap((module) => module.dependencies.map((dependency) => `${module.source} → ${dependency.resolved}`));
    // The aliases resolve (a page reaches the API through @/lib/api), so the rules below see every import.
    expect(edges).toContain('app/page.tsx → lib/api/index.ts');
    expect(await violations(['app', 'components', 'lib'], '.', 'tsconfig.json')).toEqual([]);
  });
});
