import { getArticles } from '@/lib/content';
import { regionCoverage } from '@/lib/regions';

// Written once into the export as /search/regions.json; the region picker loads it on first use.
export const dynamic = 'force-static';

/** Every place with stories: code, name, parent and count, for the province → city → county picker. */
export function GET() {
  const coverage = regionCoverage(getArticles());
  return Response.json(
    coverage.regions.map((region) => ({
      code: region.code,
      name: region.name,
      parent: region.parentCode,
      count: coverage.articlesIn(region.code).length,
    })),
  );
}
