import type { Metadata } from 'next';
import { regionTreeNodesOf } from '@/app/_lib/article-view';
import { pageMetadata } from '@/app/_lib/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { RegionTree } from '@/components/RegionTree';
import { getRegionCoverage } from '@/lib/api';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata({
  title: '按地区浏览',
  description: '按省、市、县浏览报道：每个地区的文章包括其下辖地区的报道。',
  path: routes.regions(),
});

export default function RegionIndexPage() {
  const { tree } = getRegionCoverage();
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '地区' }]} />
      <h1 className="text-2xl font-bold">按地区浏览</h1>
      <p className="mb-6 mt-2 text-muted">省 › 市 › 县，括号内为报道篇数（含下辖地区）。</p>
      <RegionTree nodes={regionTreeNodesOf(tree)} />
    </>
  );
}
