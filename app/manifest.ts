import type { MetadataRoute } from 'next';
import { routes } from '@/lib/site/routes';
import { site } from '@/lib/site/settings';

export const dynamic = 'force-static';

/** The installable web app: name, icons and colours of the reader (Next links it from every page). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: site.name,
    description: site.description,
    lang: site.locale,
    start_url: routes.home(),
    scope: '/',
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#b3191d',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [{ name: '我的收藏', url: routes.saved() }],
  };
}
