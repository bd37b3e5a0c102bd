/**
 * Draws the search page's chart of results over time (components/search/SearchView.tsx,
 * Timeline) as SVG from the figures the engine counted: bars for one term, lines for several.
 * Every period with results is a link that narrows the search to it (the script keeps the page,
 * the link works as one anywhere else); the same figures fill a table and a CSV download. Text
 * goes in as text nodes only.
 */
import { csvOf } from '../api/search/csv';
import type { Granularity, Period } from '../api/search/timeline';
import { searchPageMarkup as markup, measures, type Measure } from '../markup/search-page';
import { downloadText } from './download';
import { element, requiredElement } from './element';

export interface TimelineSeries {
  /** The words as the reader typed them. */
  readonly term: string;
  readonly counts: readonly number[];
}

export interface TimelineData {
  readonly periods: readonly Period[];
  readonly granularity: Granularity;
  readonly series: readonly TimelineSeries[];
}

export interface TimelineView {
  draw(data: TimelineData): void;
  /** Nothing to draw: the message, or the chart's first words (what it will show) when none is given. */
  clear(message?: string): void;
}

const svgNamespace = 'http://www.w3.org/2000/svg';
/** Margins for the axis labels; the width is the chart's own, so labels keep their size on a phone. */
const size = { height: 144, left: 40, right: 8, top: 10, bottom: 22 };
const legendHeight = 20;
/** Lines of several terms differ in colour and in dash, so they tell apart in print and for any colour vision. */
const lineStyles = [
  { className: 'text-accent', dash: '' },
  { className: 'text-ink', dash: '6 3' },
  { className: 'text-muted', dash: '2 3' },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** Stories per 10,000 of all the period's stories, one decimal. */
export const perTenThousand = (count: number, total: number): number => (total === 0 ? 0 : Math.round((count / total) * 100_000) / 10);

const valueOf = (measure: Measure, count: number, period: Period) => (measure === 'count' ? count : perTenThousand(count, period.total));
const unit = (measure: Measure) => (measure === 'count' ? '篇' : '（每万篇）');

export function timelineView(root: HTMLElement, hrefOf: (period: Period) => string, narrow: (period: Period) => void): TimelineView | undefined {
  const section = root.querySelector<HTMLElement>(markup.timeline.selector);
  if (!section) return undefined;
  const chart = requiredElement(section, markup.chart.selector, 'search chart');
  const table = requiredElement(section, markup.timelineTable.selector, 'search chart');
  const download = requiredElement<HTMLButtonElement>(section, markup.timelineDownload.selector, 'search chart');
  const measureButtons = [...section.querySelectorAll<HTMLButtonElement>(`button${markup.measure.selector()}`)];
  let measure: Measure = 'count';
  let shown: TimelineData | undefined;

  // The text the chart shows before any search, shown again whenever there is nothing to draw.
  const waiting = chart.textContent ?? '';
  /** A real link to the narrowed search; a plain click narrows in place, a modified one opens it elsewhere. */
  const narrowing = <A extends Element>(anchor: A, period: Period): A => {
    anchor.setAttribute('href', hrefOf(period));
    anchor.addEventListener('click', (event) => {
      const { metaKey, ctrlKey, shiftKey } = event as MouseEvent;
      if (metaKey || ctrlKey || shiftKey) return;
      event.preventDefault();
      narrow(period);
    });
    return anchor;
  };
  const chartLink = (period: Period, label: string, ...shapes: SVGElement[]) => narrowing(svg('a', { 'aria-label': label }, ...shapes), period);
  const tableLink = (period: Period) => narrowing(element('a', 'text-accent underline underline-offset-2', period.label), period);

  function describe(data: TimelineData, index: number): string {
    const period = data.periods[index]!;
    const figures = data.series.map((series) => {
      const count = series.counts[index] ?? 0;
      const name = data.series.length > 1 ? `“${series.term}”` : '';
      return `${name}${count}篇，每万篇${perTenThousand(count, period.total)}`;
    });
    return `${period.label}：${figures.join('；')}（全部${period.total}篇）`;
  }

  function drawChart(data: TimelineData): void {
    const { left, right, top, bottom } = size;
    // Several terms give up a line of the chart's fixed height to the legend: nothing below moves.
    const height = data.series.length > 1 ? size.height - legendHeight : size.height;
    const width = Math.max(280, Math.round(chart.clientWidth || 640));
    const plotWidth = width - left - right;
    const plotHeight = height - top - bottom;
    const values = data.series.map((series) => series.counts.map((count, index) => valueOf(measure, count, data.periods[index]!)));
    const max = Math.max(...values.flat(), 0);
    const scale = (value: number) => (max === 0 ? 0 : (value / max) * plotHeight);
    const step = plotWidth / Math.max(data.periods.length, 1);
    // About one label per 56 px of axis.
    const labelEvery = Math.ceil(data.periods.length / Math.max(2, Math.floor(plotWidth / 56)));
    const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, height, class: 'block w-full overflow-visible', role: 'group', 'aria-label': `结果的时间分布：${data.granularity === 'year' ? '按年' : '按月'}，${unit(measure)}` });
    drawing.append(
      svg('line', { x1: left, x2: width - right, y1: top + plotHeight, y2: top + plotHeight, class: 'stroke-rule', 'stroke-width': 1 }),
      svg('text', { x: left - 6, y: top + 8, 'text-anchor': 'end', class: 'fill-muted text-[11px]' }, `${max}`),
      svg('text', { x: left - 6, y: top + plotHeight, 'text-anchor': 'end', class: 'fill-muted text-[11px]' }, '0'),
    );
    data.periods.forEach((period, index) => {
      const x = left + index * step;
      if (index % labelEvery === 0 || index === data.periods.length - 1) {
        const text = data.granularity === 'year' ? period.key : period.key.slice(2).replace('-', '.');
        drawing.append(svg('text', { x: x + step / 2, y: height - 6, 'text-anchor': 'middle', class: 'fill-muted text-[11px]' }, text));
      }
    });
    if (data.series.length === 1) {
      values[0]!.forEach((value, index) => {
        const period = data.periods[index]!;
        const barHeight = Math.max(scale(value), value > 0 ? 1.5 : 0);
        const bar = svg('rect', { x: left + index * step + step * 0.12, y: top + plotHeight - barHeight, width: Math.max(step * 0.76, 1), height: barHeight, class: 'fill-current' });
        // Each period is a link (with room to press above a short bar); an empty one is only drawn.
        if (value > 0) {
          const target = svg('rect', { x: left + index * step, y: top, width: step, height: plotHeight, fill: 'transparent' });
          drawing.append(chartLink(period, describe(data, index), target, bar));
        } else drawing.append(bar);
      });
    } else {
      values.forEach((series, which) => {
        const style = lineStyles[which % lineStyles.length]!;
        const points = series.map((value, index) => `${left + index * step + step / 2},${top + plotHeight - scale(value)}`).join(' ');
        drawing.append(svg('polyline', { points, fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': style.dash, class: style.className }));
      });
      data.periods.forEach((period, index) => {
        if (data.series.every((series) => (series.counts[index] ?? 0) === 0)) return;
        drawing.append(chartLink(period, describe(data, index), svg('rect', { x: left + index * step, y: top, width: step, height: plotHeight, fill: 'transparent' })));
      });
    }
    drawing.classList.add('text-accent');
    const legend =
      data.series.length > 1
        ? element(
            'ul',
            'flex h-5 flex-wrap gap-x-4 overflow-hidden text-xs',
            ...data.series.map((series, which) => {
              const style = lineStyles[which % lineStyles.length]!;
              const swatch = svg('svg', { viewBox: '0 0 24 6', width: 24, height: 6, 'aria-hidden': 'true', class: style.className }, svg('line', { x1: 0, x2: 24, y1: 3, y2: 3, stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': style.dash }));
              return element('li', 'flex items-center gap-1', swatch, series.term);
            }),
          )
        : undefined;
    chart.replaceChildren(drawing, ...(legend ? [legend] : []));
  }

  function drawTable(data: TimelineData): void {
    const named = (series: TimelineSeries) => (data.series.length > 1 ? `“${series.term}”` : '');
    const column = (className: string, text: string) => {
      const cell = element('th', className, text);
      cell.scope = 'col';
      return cell;
    };
    const head = element('tr', '', column('px-2 text-left', '时间'), ...data.series.flatMap((series) => [column('px-2 text-right', `${named(series)}篇数`), column('px-2 text-right', `${named(series)}每万篇`)]), column('px-2 text-right', '全部文章'));
    const rowHead = (content: Node | string) => {
      const cell = element('th', 'px-2 text-left font-normal', content);
      cell.scope = 'row';
      return cell;
    };
    const rows = data.periods.map((period, index) =>
      element(
        'tr',
        'border-t border-rule',
        rowHead(data.series.some((series) => (series.counts[index] ?? 0) > 0) ? tableLink(period) : period.label),
        ...data.series.flatMap((series) => [element('td', 'px-2 text-right tabular-nums', String(series.counts[index] ?? 0)), element('td', 'px-2 text-right tabular-nums', String(perTenThousand(series.counts[index] ?? 0, period.total)))]),
        element('td', 'px-2 text-right tabular-nums', String(period.total)),
      ),
    );
    const caption = element('caption', 'sr-only', '结果的时间分布');
    table.replaceChildren(element('table', 'w-full text-sm', caption, element('thead', '', head), element('tbody', '', ...rows)));
  }

  function draw(data: TimelineData): void {
    shown = data;
    for (const button of measureButtons) button.setAttribute('aria-pressed', String(markup.measure.read(button) === measure));
    drawChart(data);
    drawTable(data);
    download.hidden = false;
  }

  // The chart is drawn at its own width: drawn again when the window changes it.
  let resizing: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => shown && drawChart(shown), 150);
  });
  for (const button of measureButtons) {
    button.addEventListener('click', () => {
      measure = markup.measure.read(button) ?? measures[0];
      if (shown) draw(shown);
    });
  }
  download.addEventListener('click', () => {
    if (!shown) return;
    const data = shown;
    const header = ['时间', ...data.series.flatMap((series) => [`${series.term} 篇数`, `${series.term} 每万篇`]), '全部文章'];
    const rows = data.periods.map((period, index) => [period.key, ...data.series.flatMap((series) => [series.counts[index] ?? 0, perTenThousand(series.counts[index] ?? 0, period.total)]), period.total]);
    downloadText('rmrb-search-timeline.csv', 'text/csv;charset=utf-8', csvOf([header, ...rows]));
  });

  return {
    draw,
    clear(message = waiting) {
      shown = undefined;
      chart.replaceChildren(message);
      table.replaceChildren();
      download.hidden = true;
    },
  };
}
