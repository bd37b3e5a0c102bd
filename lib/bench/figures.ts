/** The figures `npm run bench` measures per archive size, as written to test-results/bench/. */
import type { ExportSize } from './export-size';
import type { PageWeight } from './page-weight';
import type { SearchCost } from './search-queries';
import type { ToolkitCost } from './toolkit-cost';
import type { PublishFigures } from './publishing';

export interface SizeFigures {
  readonly articles: number;
  readonly parseSeconds: number;
  readonly indexSeconds: number;
  readonly buildSeconds: number;
  readonly buildPeakBytes: number;
  readonly pages: number;
  readonly staticGenerationSeconds: number;
  /** Each step of `npm run build` (lib/build/cli/build-site.ts) in seconds; the search index runs beside next build. */
  readonly buildSteps: Readonly<Record<string, number>>;
  /** Vercel's blog-starter built on the same articles right after, when the bench was given one (`--blog-starter`). */
  readonly blogStarter?: StarterFigures;
  /** Incremental builds after the full one: a new day of 8 stories, then one story edited. */
  readonly publishing: { readonly newDay: PublishFigures; readonly edit: PublishFigures };
  /** The search index built again alone, for its own time, CPU and memory. */
  readonly searchIndexSeconds: number;
  readonly searchIndexCpuSeconds: number;
  readonly searchIndexPeakBytes: number;
  readonly exportSize: ExportSize;
  readonly weights: readonly PageWeight[];
  readonly search: readonly SearchCost[];
  readonly toolkit: ToolkitCost;
}

export interface StarterFigures {
  readonly seconds: number;
  readonly peakBytes: number;
  readonly pages: number;
}

export interface BenchReport {
  readonly date: string;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly memoryBytes: number; readonly node: string };
  readonly sizes: readonly SizeFigures[];
}
