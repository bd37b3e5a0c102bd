import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { regionTreeNodesOf } from '@/app/_lib/article-view';
import { Listing } from '@/app/_lib/listing';
import { pageMetadata } from '@/app/_lib/metadata';
import { RegionTree } from '@/components/RegionTree';
import { getRegionCoverage } from '@/lib/api';
import { listPage, parsePageSegments } from '@/lib/site/pagination';
import { getRegion, regionChain } from '@/lib/records/regions';
import { routes } from '@/lib/site/routes';
import { placeholderParam } from '@/lib/view/static-params';
import { paramsToRender, staticPages } from '@/lib/api/pages';

interface RegionPageProps {
  readonly params: Promise<{ code: string; page?: string[] }>;
}

export const dynamicParams = false;

/** A page for every place that has stories, including the provinces and cities above them. */
export function generateStaticParams() {
  return paramsToRender(staticPages.regionLists(), { code: placeholderParam, page: [] });
}

export async function generateMetadata({ params }: RegionPageProps): Promise<Metadata> {
  const { code, page } = await params;
  const region = getRegion(code);
  const number = parsePageSegments(page);
  if (!region || number === undefined) return {};
  return pageMetadata({
    title: number === 'newest' ? region.fullName : `${region.fullName}（第${number}页）`,
    description: `${region.fullName}及其下辖地区的报道${number === 'newest' ? '' : `（第${number}页）`}`,
    path: routes.region(region.code, number),
    ...(region.level === 'province' && { feeds: { [`${region.fullName}：最新文章`]: routes.regionFeed(region.code) } }),
  });
}

export default async function RegionPage({ params }: RegionPageProps) {
  const { code, page } = await params;
  const coverage = getRegionCoverage();
  const region = getRegion(code);
  const number = parsePageSegments(page);
  const list = region && number !== undefined ? listPage(coverage.articlesIn(region.code), number) : undefined;
  if (!region || !list || list.items.length === 0) notFound();
  // The places inside, with their counts, only on the newest page: a numbered page stays as it is while the list grows.
  const node = list.kind === 'newest' ? coverage.nodeOf(region.code) : undefined;
  const ancestors = regionChain(region).slice(0, -1).map((r) => ({ label: r.name, href: routes.region(r.code) }));
  return (
    <>
      <Listing
        trail={[{ label: '首页', href: routes.home() }, { label: '地区', href: routes.regions() }, ...ancestors, { label: region.name }]}
        title={region.fullName}
        list={list}
        hrefFor={(n) => routes.region(region.code, n)}
      />
      {node && node.children.length > 0 && (
        <section aria-labelledby="places-inside" className="mt-8 border-t border-rule pt-4">
          <h2 id="places-inside" className="mb-2 font-bold">下辖地区</h2>
          <RegionTree nodes={regionTreeNodesOf(node.children)} label={`${region.name}下辖地区`} />
        </section>
      )}
    </>
  );
}
