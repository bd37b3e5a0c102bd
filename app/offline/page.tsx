import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { SavedStories } from '@/components/saved/SavedStories';
import { routes } from '@/lib/site/routes';

// What the service worker shows, without a connection, for a page this device has not kept.
export const metadata: Metadata = { ...pageMetadata({ title: '网络未连接', description: '没有网络时，这台设备上收藏和读过的文章仍可阅读。', path: routes.offline() }), robots: { index: false } };

export default function OfflinePage() {
  return (
    <div>
      <h1 className="text-2xl font-bold">网络未连接</h1>
      <p className="mt-2 text-muted">这一页还没有保存在本机，联网后即可阅读。您收藏的文章和读过的文章可以离线阅读。</p>
      <SavedStories emptyMessage="还没有收藏的文章：联网时在文章页点“收藏”，即可离线阅读。" withHeading />
    </div>
  );
}
