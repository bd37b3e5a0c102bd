import { getRegionCoverage } from '@/lib/api';
import { rssFeed, xmlResponse } from '@/lib/api/feeds';
import { getRegion } from '@/lib/records/regions';
import { routes } from '@/lib/site/routes';
import { placeholderParam } from '@/lib/view/static-params';
import { paramsToRender, staticPages } from '@/lib/api/pages';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One feed per province-level region with stories (including those about its cities and counties). */
export function generateStaticParams() {
  return paramsToRender(staticPages.regionFeeds(), { code: placeholderParam });
}

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const region = getRegion((await params).code);
  // Only the placeholder of an archive without regions gets here: an empty feed, never linked.
  if (!region) return xmlResponse(rssFeed({ title: '地区', description: '', pagePath: routes.regions(), feedPath: routes.regions(), articles: [] }));
  return xmlResponse(
    rssFeed({
      title: region.fullName,
      description: `${region.fullName}及其下辖地区的报道`,
      pagePath: routes.region(region.code),
      feedPath: routes.regionFeed(region.code),
      articles: getRegionCoverage().articlesIn(region.code),
    }),
  );
}
