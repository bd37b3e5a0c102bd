/**
 * The layers of the code, lowest first; a module may import its own layer and the ones below,
 * never one above, and no import cycle is allowed. Checked by `npm run lint` (dependency-cruiser).
 *   1. lib/records/  content files → typed records, and the facts they rest on (columns, regions, site, URLs)
 *   2. lib/indexes/  what is derived from records: related stories, places covered, editions, series, pages, the search index
 *   3. lib/api/      what pages call: the archive (parsed once, from the build's cache), feeds, sitemap paths, the search engine
 *   4. app/, components/, lib/pages/  routes, presentational components, page helpers and the scripts pages load
 *   5. lib/build/    command-line and build tools: check, index, import, export, bench, audit
 */
const layers = [
  { name: 'records', path: '^lib/records/' },
  { name: 'indexes', path: '^lib/indexes/' },
  { name: 'api', path: '^lib/api/' },
  { name: 'pages', path: '^(app|components|lib/pages)/' },
  { name: 'build', path: '^lib/build/' },
];

const upward = layers.flatMap((layer, level) =>
  layers.slice(level + 1).map((higher) => ({
    name: `${layer.name}-not-to-${higher.name}`,
    comment: `${layer.path} is layer ${level + 1}; ${higher.path} stands above it`,
    severity: 'error',
    from: { path: layer.path },
    to: { path: higher.path },
  })),
);

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'an import cycle ties layers together', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'lib-in-a-layer',
      comment: 'every module of lib/ belongs to a layer folder',
      severity: 'error',
      from: { path: '^lib/', pathNot: '^lib/(records|indexes|api|pages|build)/' },
      to: {},
    },
    ...upward,
    {
      name: 'lib-pages-not-to-routes',
      comment: 'page helpers and scripts serve app/ and components/, they do not reach into them',
      severity: 'error',
      from: { path: '^lib/pages/' },
      to: { path: '^(app|components)/' },
    },
    { name: 'components-not-to-app', comment: 'components are presentational: props in, markup out', severity: 'error', from: { path: '^components/' }, to: { path: '^app/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|out|test-results|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
