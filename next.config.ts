import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: every page is exported as HTML that works on any static host.
  output: 'export',
  // /articles/x/ → out/articles/x/index.html, which every static server finds without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Static generation is CPU-bound: one worker per core (Next leaves one core idle by default).
  experimental: { cpus: 2 },
  // `npm run typecheck` (first step of `npm test` and CI) checks the types of the whole project;
  // checking them again in every build costs seconds per build and finds nothing new.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
