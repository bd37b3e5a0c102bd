import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { SavedStories, savedHeadingId } from '@/components/saved/SavedStories';
import { routes } from '@/lib/site/routes';

// Each reader's own list, drawn on their device: nothing here for a search engine.
export const metadata: Metadata = { ...pageMetadata({ title: '我的收藏', description: '在这台设备上收藏的文章，没有网络时也能阅读。', path: routes.saved() }), robots: { index: false } };

export default function SavedPage() {
  return (
    <div>
      <h1 id={savedHeadingId} className="text-2xl font-bold">
        我的收藏
      </h1>
      <p className="mt-2 text-muted">在文章页点“收藏”，文章会保存在这台设备上，没有网络时也能阅读。收藏不会上传，清除浏览器数据后会一并删除。</p>
      <SavedStories emptyMessage="还没有收藏的文章。" withHeading={false} />
    </div>
  );
}
