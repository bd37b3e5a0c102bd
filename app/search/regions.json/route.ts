import { getRegionOptions } from '@/lib/api';

// Written once into the export as /search/regions.json; the region pickers load it on first use.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getRegionOptions());
}
