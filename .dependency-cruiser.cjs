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

/** A forbidden import: modules matching `from` may not import modules matching `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

const upward = layers.flatMap((layer, level) =>
  layers.slice(level + 1).map((higher) => forbid(`${layer.name}-not-to-${higher.name}`, `${layer.path} is layer ${level + 1}; ${higher.path} stands above it`, layer.path, higher.path)),
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
    forbid('routes-through-the-api', 'routes and components reach derived data through lib/api, the one way in to the archive', '^(app|components|lib/view)/', '^lib/indexes/'),
    forbid('markup-names-only', 'lib/markup/ holds the names markup and scripts share: it imports no page, script or helper', '^lib/markup/', '^(app|components|lib/(view|browser))/'),
    forbid('browser-not-to-server', 'browser scripts are bundled for the reader: they do not reach routes, components or server helpers', '^lib/browser/', '^(app|components|lib/view)/'),
    forbid('server-not-to-browser', 'routes, components and server helpers render markup; the scripts that run on it are bundled apart', '^(app|components|lib/view)/', '^lib/browser/'),
    forbid('view-not-to-routes', 'server helpers serve app/ and components/, they do not reach into them', '^lib/view/', '^(app|components)/'),
    forbid('components-not-to-app', 'components are presentational: props in, markup out', '^components/', '^app/'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|out|test-results|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
