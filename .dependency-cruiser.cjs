/**
 * The layers of the code, lowest first; a module may import its own layer and the ones below,
 * never one above, and no import cycle is allowed. Checked by `npm run lint` (dependency-cruiser).
 *   1. lib/records/, lib/site/  content files → typed records, and the facts they rest on (columns, regions);
 *                               the site's own facts (URLs, settings, the names of its generated files)
 *   2. lib/indexes/  what is derived from records: related stories, places covered, editions, series, pages, the search index
 *   3. lib/api/      what pages call: the archive (parsed once, from the build's snapshot) and everything derived from it, feeds, sitemap, the search engine
 *   4. app/, components/, lib/markup/, lib/view/, lib/browser/
 *                    routes; presentational components; the names markup and scripts share; server-side
 *                    page helpers; the scripts pages load (and the service worker)
 *   5. lib/build/, lib/importer/, lib/bench/, lib/audit/, lib/serving/
 *                    command-line tools: the build and export, the importer, the bench, the audit, serving headers
 * Inside layer 4, routes reach the archive only through lib/api (never lib/indexes), components and
 * server helpers never import browser code, and browser code never imports server helpers.
 */
const layers = [
  { name: 'records', path: '^lib/(records|site)/' },
  { name: 'indexes', path: '^lib/indexes/' },
  { name: 'api', path: '^lib/api/' },
  { name: 'pages', path: '^(app|components|lib/(markup|view|browser))/' },
  { name: 'tools', path: '^lib/(build|importer|bench|audit|serving)/' },
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
      from: { path: '^lib/', pathNot: '^lib/(records|site|indexes|api|markup|view|browser|build|importer|bench|audit|serving)/' },
      to: {},
    },
    ...upward,
    {
      name: 'routes-through-the-api',
      comment: 'routes and components reach derived data through lib/api, the one way in to the archive',
      severity: 'error',
      from: { path: '^(app|components|lib/view)/' },
      to: { path: '^lib/indexes/' },
    },
    {
      name: 'markup-names-only',
      comment: 'lib/markup/ holds the names markup and scripts share: it imports no page, script or helper',
      severity: 'error',
      from: { path: '^lib/markup/' },
      to: { path: '^(app|components|lib/(view|browser))/' },
    },
    {
      name: 'browser-not-to-server',
      comment: 'browser scripts are bundled for the reader: they do not reach routes, components or server helpers',
      severity: 'error',
      from: { path: '^lib/browser/' },
      to: { path: '^(app|components|lib/view)/' },
    },
    {
      name: 'server-not-to-browser',
      comment: 'routes, components and server helpers render markup; the scripts that run on it are bundled apart',
      severity: 'error',
      from: { path: '^(app|components|lib/view)/' },
      to: { path: '^lib/browser/' },
    },
    {
      name: 'view-not-to-routes',
      comment: 'server helpers serve app/ and components/, they do not reach into them',
      severity: 'error',
      from: { path: '^lib/view/' },
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
