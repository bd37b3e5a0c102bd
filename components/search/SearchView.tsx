import { columnChipLimit } from './FilterBar';
import { filterMarkup, searchPageMarkup } from '@/lib/markup/search-page';
import { queryLimits } from '@/lib/api/search/query';
import { fieldLabels, searchFields } from '@/lib/api/search/terms';
import { lastTwelveMonths } from '@/lib/api/search/date-range';

/** A quick choice's value: the range as the address takes it, `from..to` (lib/browser/search-dates.ts reads it). */
const choiceValue = (range: { readonly from: string; readonly to: string }) => `${range.from}..${range.to}`;
import { exportFormats, type ExportFormat } from '@/lib/api/search/citations';

const exportLabels: Readonly<Record<ExportFormat, string>> = { csv: 'CSV', ris: 'RIS', bibtex: 'BibTeX' };

export interface SearchViewProps {
  readonly columns: readonly { readonly slug: string; readonly name: string; readonly pageHref: string }[];
  /** The list of places with stories, loaded when a reader reaches for the region picker. */
  readonly regionsUrl: string;
  readonly regionsPageHref: string;
  /** The list of every column: the compact column picker's way without JavaScript. */
  readonly columnsPageHref: string;
  /** This page's own URL: where the form submits without JavaScript. */
  readonly searchHref: string;
  /** The archive's first and last issues and its years, newest first: the date range's limits and quick choices. */
  readonly dates?: { readonly first: string; readonly last: string; readonly years: readonly number[] };
  /** The archive by date: the way to browse by date without JavaScript. */
  readonly editionsHref: string;
  /** The paper's name, as exported records name their publication. */
  readonly publication: string;
}

const chip = 'rounded-full border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
const select = 'w-[10em] rounded border border-rule bg-paper px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-accent';
const levels = [
  { name: '省份', all: '全部地区' },
  { name: '城市', all: '全部城市' },
  { name: '区县', all: '全部区县' },
] as const;

/**
 * The search page's controls, laid out from the first paint. Without JavaScript the form submits
 * to this page and the column chips and 按地区 are links to the static pages; with it
 * (lib/browser/search-page.ts, picked by <html class="js"> before the first paint), the chips are
 * toggles with counts, the region picker narrows province → city → county, and results are drawn
 * into the list. Every control keeps its place while results arrive, so nothing shifts.
 */
export function SearchView({ columns, regionsUrl, regionsPageHref, columnsPageHref, searchHref, dates, editionsHref, publication }: SearchViewProps) {
  const compact = columns.length > columnChipLimit;
  return (
    <div {...searchPageMarkup.root.props} {...filterMarkup.regionsUrl.props(regionsUrl)}>
      <form role="search" action={searchHref} method="get">
        <div className="flex gap-2">
          <label htmlFor="search-field" className="sr-only">
            检索范围
          </label>
          <select id="search-field" name="field" defaultValue="" className="rounded border border-rule bg-paper px-1 py-2 text-sm focus-visible:outline-2 focus-visible:outline-accent">
            {searchFields.map((field) => (
              <option key={field} value={field === 'all' ? '' : field}>
                {fieldLabels[field]}
              </option>
            ))}
          </select>
        <label htmlFor="search-query" className="sr-only">
          搜索文章
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          maxLength={queryLimits.characters * 2}
          autoComplete="off"
          placeholder="词语、人名或地名；用 | 比较多个词"
          className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2 focus-visible:outline-2 focus-visible:outline-accent"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 text-paper focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
          搜索
        </button>
        </div>
        {dates && <DateRangeControls dates={dates} editionsHref={editionsHref} />}
      </form>
      <div className="mt-4 space-y-3">
        <nav aria-label="按栏目浏览" className="flex flex-wrap gap-2 [.js_&]:hidden">
          {(compact ? [{ slug: '', name: `全部栏目（${columns.length}）`, pageHref: columnsPageHref }] : columns).map((column) => (
            <a key={column.slug} href={column.pageHref} {...searchPageMarkup.browse.props('column')} className={`${chip} border-rule hover:border-accent hover:text-accent`}>
              {column.name}
            </a>
          ))}
          <a href={regionsPageHref} {...searchPageMarkup.browse.props('regions')} className={`${chip} border-rule hover:border-accent hover:text-accent`}>
            按地区
          </a>
        </nav>
        {compact && (
          <div className="hidden [.js_&]:block">
            <label htmlFor="search-column" className="sr-only">
              栏目
            </label>
            {/* Wide enough from the first paint for a name and its count: nothing moves when counts arrive. */}
            <select id="search-column" {...filterMarkup.columnSelect.props} defaultValue="" className={`${select} w-[16em]`}>
              <option value="">全部栏目</option>
              {columns.map((column) => (
                <option key={column.slug} value={column.slug} {...searchPageMarkup.columnName.props(column.name)}>
                  {column.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div role="group" aria-label="栏目" className={compact ? 'hidden' : 'hidden flex-wrap gap-2 [.js_&]:flex'}>
          {(compact ? [] : columns).map((column) => (
            <button key={column.slug} type="button" {...searchPageMarkup.column.props(column.slug)} aria-pressed="false" className={`${chip} border-rule hover:border-accent hover:text-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper`}>
              {column.name}
              {/* Room for the count (up to 10000篇) from the first paint: the chips never move when it arrives. */}
              <span {...searchPageMarkup.count.props} className="ml-1 inline-block min-w-[4em] text-left tabular-nums opacity-80" />
            </button>
          ))}
        </div>
        <fieldset className="hidden flex-wrap items-center gap-2 [.js_&]:flex">
          <legend className="sr-only">地区</legend>
          {levels.map((level, depth) => (
            <span key={level.name} {...searchPageMarkup.level.props(String(depth) as '0' | '1' | '2')} className={depth > 0 ? 'invisible' : undefined}>
              <label htmlFor={`search-region-${depth}`} className="sr-only">
                {level.name}
              </label>
              <select id={`search-region-${depth}`} className={select}>
                <option value="">{level.all}</option>
              </select>
            </span>
          ))}
          <button type="button" {...searchPageMarkup.clear.props} className="invisible text-sm text-accent underline underline-offset-2">
            清除筛选
          </button>
        </fieldset>
      </div>
      {dates && <Timeline />}
      <section aria-label="搜索结果" className="mt-4 min-h-[70vh]">
        <div className="flex min-h-[3.5em] flex-wrap items-start justify-between gap-2">
          <p aria-live="polite" {...searchPageMarkup.status.props} className="text-sm text-muted">
            <span className="[.js_&]:hidden">在上方输入关键词检索文章。</span>
            <span className="hidden [.js_&]:inline">输入关键词，或选择栏目、地区，查看符合条件的文章。</span>
          </p>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <div role="group" aria-label="导出结果（最多1000篇）" {...searchPageMarkup.exports.props} {...searchPageMarkup.publication.props(publication)} className="invisible flex items-center gap-1 text-sm">
            <span aria-hidden="true" className="text-muted">导出</span>
            {exportFormats.map((format) => (
              <button key={format} type="button" {...searchPageMarkup.exportFormat.props(format)} className="rounded px-1.5 py-0.5 text-accent underline-offset-2 hover:underline">
                {exportLabels[format]}
              </button>
            ))}
            <span role="status" {...searchPageMarkup.exportStatus.props} className="text-muted" />
          </div>
          <div role="group" aria-label="排序" {...searchPageMarkup.sort.props} className="invisible flex gap-1 text-sm">
            <button type="button" {...searchPageMarkup.order.props('relevance')} aria-pressed="true" className="rounded px-2 py-0.5 aria-pressed:bg-accent/10 aria-pressed:font-bold aria-pressed:text-accent">
              相关度
            </button>
            <button type="button" {...searchPageMarkup.order.props('newest')} aria-pressed="false" className="rounded px-2 py-0.5 aria-pressed:bg-accent/10 aria-pressed:font-bold aria-pressed:text-accent">
              最新
            </button>
          </div>
          </div>
        </div>
        <p {...searchPageMarkup.dateNotice.props} className="text-sm text-muted empty:hidden" />
        <p {...searchPageMarkup.places.props} className="mb-2 text-sm empty:hidden" />
        <div {...searchPageMarkup.notice.props} />
        <ol {...searchPageMarkup.results.props} className="divide-y divide-rule" />
        <button type="button" {...searchPageMarkup.more.props} hidden className="mt-4 rounded border border-rule px-4 py-2 text-sm hover:text-accent">
          显示更多
        </button>
      </section>
    </div>
  );
}

/**
 * From and to (inclusive, either open), with quick choices: the whole archive, its last twelve
 * months, any of its years. Laid out from the first paint; without JavaScript the two dates
 * submit with the form, and the edition archive is the way to browse by date.
 */
function DateRangeControls({ dates, editionsHref }: { readonly dates: NonNullable<SearchViewProps['dates']>; readonly editionsHref: string }) {
  const input = 'rounded border border-rule bg-paper px-2 py-1 tabular-nums focus-visible:outline-2 focus-visible:outline-accent';
  return (
    <fieldset className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-2 text-sm">
      <legend className="sr-only">日期范围</legend>
      <label htmlFor="search-when" className="sr-only">
        时间
      </label>
      <select id="search-when" {...searchPageMarkup.dateChoice.props} defaultValue="" className={`${select} hidden [.js_&]:block`}>
        <option value="">全部日期</option>
        <option value={choiceValue(lastTwelveMonths(dates.last))}>近12个月</option>
        {dates.years.map((year) => (
          <option key={year} value={choiceValue({ from: String(year), to: String(year) })}>
            {year}年
          </option>
        ))}
        <option value="custom" disabled>
          自定义日期
        </option>
      </select>
      {/* Each date keeps its label beside it; on a narrow phone the two wrap onto their own lines. */}
      <span className="flex items-center gap-2">
        <label htmlFor="search-from">从</label>
        <input id="search-from" name="from" type="date" min={dates.first} max={dates.last} className={input} />
      </span>
      <span className="flex items-center gap-2">
        <label htmlFor="search-to">至</label>
        <input id="search-to" name="to" type="date" min={dates.first} max={dates.last} className={input} />
      </span>
      <a href={editionsHref} className="text-accent underline underline-offset-2 [.js_&]:hidden">
        按日期浏览版面
      </a>
    </fieldset>
  );
}

const toggle = 'rounded px-2 py-0.5 aria-pressed:bg-accent/10 aria-pressed:font-bold aria-pressed:text-accent';

/**
 * Results over time, drawn by lib/browser/search-timeline.ts: the stories found per year (per
 * month over three years or less), as counts or per 10,000 of all stories of the period, each
 * period a link that narrows the search to it; the figures as a table and a CSV file. Its room
 * is kept from the first paint, so results never move when it is drawn. Not shown without JavaScript.
 */
function Timeline() {
  return (
    <section aria-labelledby="timeline-heading" {...searchPageMarkup.timeline.props} className="mt-6 hidden rounded border border-rule p-3 [.js_&]:block">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="timeline-heading" className="text-sm font-bold">
          结果的时间分布
        </h2>
        <div role="group" aria-label="图中显示" className="flex gap-1 text-sm">
          <button type="button" {...searchPageMarkup.measure.props('count')} aria-pressed="true" className={toggle}>
            篇数
          </button>
          <button type="button" {...searchPageMarkup.measure.props('share')} aria-pressed="false" className={toggle}>
            每万篇
          </button>
        </div>
      </div>
      <div {...searchPageMarkup.chart.props} className="mt-2 h-36 text-sm text-muted">
        检索后，这里按年份（三年以内按月份）显示结果的篇数。
      </div>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-2 text-sm">
        <details>
          <summary className="cursor-pointer text-accent">数据表</summary>
          <div {...searchPageMarkup.timelineTable.props} className="mt-2 max-h-64 overflow-auto" />
        </details>
        <button type="button" {...searchPageMarkup.timelineDownload.props} className="text-accent underline underline-offset-2">
          下载数据（CSV）
        </button>
      </div>
    </section>
  );
}
