import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: every page is exported as HTML that works on any static host.
  output: 'export',
  // /articles/x/ → out/articles/x/index.html, which every static server finds without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: { cpus: 2 },
};

export default nextConfig;
