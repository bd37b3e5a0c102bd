/** Prints the bench figures as tables a person reads: per size, per page, and the growth ratios. */
import type { BenchReport } from './figures';

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(0));
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** When a view is whole: its first result and its chart drawn, whichever is later. */
const wholeViewMs = (q: { firstResultMs: number; chartMs: number }) => Math.max(q.firstResultMs, Number.isNaN(q.chartMs) ? 0 : q.chartMs);

export function printReport({ machine, sizes }: BenchReport): void {
  console.log(`\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${mb(machine.memoryBytes)} MB, Node ${machine.node}\n`);
  console.log('Build, per archive size:');
  console.table(
    sizes.map((s) => ({
      articles: s.articles,
      pages: s.pages,
      'parse s': round(s.parseSeconds, 2),
      'parse+rank s': round(s.indexSeconds, 2),
      'build s': round(s.buildSeconds),
      'build peak MB': mb(s.buildPeakBytes),
      'ms/page (generation)': round((s.staticGenerationSeconds * 1000) / s.pages, 2),
      'build ms/article': round((s.buildSeconds * 1000) / s.articles, 1),
      'search index s': round(s.searchIndexSeconds),
      'search index CPU-s/1000': round((s.searchIndexCpuSeconds * 1000) / s.articles),
      'search index peak MB': mb(s.searchIndexPeakBytes),
      'search index MB': mb(s.exportSize.searchIndexBytes),
      // What search in time and the take-away files added: the calendar, authors, place names, citation entries.
      'of which dates/authors/places/citations KB': ['dates.bin', 'a', 'n', 'm'].map((part) => kb(s.exportSize.searchIndexParts[part] ?? 0)).join(' / '),
      'export MB': mb(s.exportSize.bytes),
      'export KB/article': kb(s.exportSize.bytes / s.articles),
    })),
  );
  const compared = sizes.filter((s) => s.blogStarter);
  if (compared.length > 0) {
    console.log("Full builds against Vercel's blog-starter on the same articles, same sitting (goals: 1.0 × at 1,000, 0.8 × at 3,000):");
    console.table(
      compared.map((s) => ({
        articles: s.articles,
        'this site s': round(s.buildSeconds),
        'blog-starter s': round(s.blogStarter!.seconds),
        ratio: round(s.buildSeconds / s.blogStarter!.seconds, 2),
        'pages here / there': `${s.pages} / ${s.blogStarter!.pages}`,
        'peak MB here / there': `${mb(s.buildPeakBytes)} / ${mb(s.blogStarter!.peakBytes)}`,
      })),
    );
  }
  console.log('Build steps, seconds (the search index runs beside next build):');
  console.table(sizes.map((s) => ({ articles: s.articles, ...s.buildSteps })));
  console.log('Publishing (incremental builds on the full one): a new day of 8 stories, then one story edited:');
  console.table(
    sizes.flatMap((s) =>
      (['newDay', 'edit'] as const).map((kind) => {
        const p = s.publishing[kind];
        return {
          articles: s.articles,
          publish: kind === 'newDay' ? 'new day' : 'edit',
          's': round(p.seconds),
          'of full build': `${round((p.seconds / s.buildSeconds) * 100, 0)} %`,
          'pages changed': `${p.pagesChanged} of ${p.pagesInAll} (${round((p.pagesChanged / p.pagesInAll) * 100, 1)} %)`,
          'files written / kept': `${p.filesExported} / ${p.filesKept}`,
          ...p.steps,
        };
      }),
    ),
  );
  console.log('Page weight (cold cache; wire = gzip as served, with headers):');
  console.table(
    sizes.flatMap((s) =>
      s.weights.map((w) => ({
        articles: s.articles,
        page: w.path,
        requests: w.requests,
        'HTML KB raw/wire': `${kb(w.kinds.html.raw)} / ${kb(w.kinds.html.wire)}`,
        'CSS KB raw/wire': `${kb(w.kinds.css.raw)} / ${kb(w.kinds.css.wire)}`,
        'JS KB raw/wire': `${kb(w.kinds.js.raw)} / ${kb(w.kinds.js.wire)}`,
        'other KB wire': kb(w.kinds.other.wire),
        'total KB wire': kb(w.total.wire),
      })),
    ),
  );
  console.log('Searches at phone width, cold cache, median of 3 (page = /search/ with its script; query = what the query fetched):');
  console.table(
    sizes.flatMap((s) =>
      s.search.map((q) => ({
        articles: s.articles,
        query: `${q.label}: ${q.query}`,
        status: q.status,
        'page KB': kb(q.pageBytes),
        'query KB': kb(q.queryBytes),
        'total KB': kb(q.pageBytes + q.queryBytes),
        requests: q.queryRequests,
        'ms to first result': Math.round(q.firstResultMs),
        'ms to chart': Math.round(q.chartMs),
      })),
    ),
  );
  console.log('Toolkit: the service worker precache (once per build, after load) and what a 繁 reader fetches for the article:');
  console.table(
    sizes.map((s) => ({
      articles: s.articles,
      'precache files': s.toolkit.precacheFiles,
      'precache KB': kb(s.toolkit.precacheBytes),
      'sw.js KB': kb(s.toolkit.serviceWorkerBytes),
      '繁 module KB gzip': kb(s.toolkit.traditional.moduleGzipBytes),
      '繁 dictionary KB raw/gzip': `${kb(s.toolkit.traditional.dictionaryBytes)} / ${kb(s.toolkit.traditional.dictionaryGzipBytes)}`,
    })),
  );
  const [base, ...larger] = sizes;
  if (base) {
    console.log('Growth against the smallest archive:');
    console.table(
      larger.map((s) => ({
        articles: `${s.articles} / ${base.articles}`,
        'size ratio': round(s.articles / base.articles, 2),
        'build time ratio': round(s.buildSeconds / base.buildSeconds, 2),
        'peak memory ratio': round(s.buildPeakBytes / base.buildPeakBytes, 2),
        'article page weight ratio': round(s.weights[0]!.total.wire / base.weights[0]!.total.wire, 3),
        'search KB ratio (worst query)': round(Math.max(...s.search.map((q) => q.queryBytes)) / Math.max(...base.search.map((q) => q.queryBytes)), 2),
        'precache ratio': round(s.toolkit.precacheBytes / base.toolkit.precacheBytes, 3),
        'search ms ratio (worst query)': round(Math.max(...s.search.map((q) => q.firstResultMs)) / Math.max(...base.search.map((q) => q.firstResultMs)), 2),
        'search whole-view ms ratio (worst query)': round(Math.max(...s.search.map(wholeViewMs)) / Math.max(...base.search.map(wholeViewMs)), 2),
      })),
    );
  }
}
