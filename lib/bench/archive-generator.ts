/**
 * A large archive made from the seed page, for benchmarks and scale tests: realistic, valid
 * content files spread over many dates and pages, columns that start and stop over the years
 * (40 of them, the seed's three always on), series with several parts, regions from the
 * division data at every level, some figures and curated related links, and the column
 * registry that goes with them. Deterministic for a given seed.
 */
import type { Article } from '../api';
import { getDivision } from '../records/regions';

export interface GeneratedFile {
  /** Relative to the archive root, e.g. 2019-03-02/gen-000123.md. */
  readonly path: string;
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
}

export interface GeneratorOptions {
  readonly count: number;
  readonly seed: number;
  /** The articles whose paragraphs, titles and kickers are reused. */
  readonly source: readonly Article[];
  /** The first issue date; later issues follow day by day (archiveStart when absent). */
  readonly startDate?: string;
}

/** Generated issues end by this day at the latest: the day before the seed page, long past, so every date is valid. */
const latestGeneratedDay = '2024-04-08';
const dayMilliseconds = 86_400_000;

/**
 * Where a generated archive of `count` stories starts: 2019-01-01, or earlier when the archive
 * would otherwise run past latestGeneratedDay (past about 15,000 stories), so 100,000 stories
 * (1990 onwards) still hold only real past dates and never the seed page's day.
 */
export function archiveStart(count: number): string {
  const latestStart = Date.parse(`${latestGeneratedDay}T00:00:00Z`) - (daysOf(count) - 1) * dayMilliseconds;
  return new Date(Math.min(Date.parse('2019-01-01T00:00:00Z'), latestStart)).toISOString().slice(0, 10);
}

/** mulberry32: a small, fast, seedable PRNG, so an archive can be made again byte for byte. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const articlesPerPage = 4;
const pagesPerDay = 2;

/**
 * The generated archive's columns: the seed page's three, then columns of the kind the paper has
 * run over the years. Each later one runs for a stretch of days (columnEra) and then stops. None
 * is one of the columns tests/fixtures/import/new-columns-page.txt prints: the scale site imports
 * that page to show a day with columns nobody registered.
 */
export const generatedColumns: readonly { readonly name: string; readonly slug: string; readonly description?: string }[] = [
  { name: '深度关注', slug: 'shendu-guanzhu', description: '围绕一个主题连续刊发的系列深度报道。' },
  { name: '金台潮声', slug: 'jintai-chaosheng', description: '人民日报党建版的评论专栏。' },
  { name: '我是党员，我在岗位', slug: 'wo-shi-dangyuan', description: '讲述一名普通党员在岗位上的担当与奉献。' },
  ...[
    ['先进典型', 'xianjin-dianxing'], ['组工信息', 'zugong-xinxi'], ['党建观察', 'dangjian-guancha'], ['基层党建', 'jiceng-dangjian'],
    ['党员风采', 'dangyuan-fengcai'], ['基层传真', 'jiceng-chuanzhen'], ['支部生活', 'zhibu-shenghuo'], ['调研手记', 'diaoyan-shouji'],
    ['组织工作', 'zuzhi-gongzuo'], ['人才强国', 'rencai-qiangguo'], ['干部学习', 'ganbu-xuexi'], ['廉政建设', 'lianzheng-jianshe'],
    ['学习笔记', 'xuexi-biji'], ['先锋模范', 'xianfeng-mofan'], ['榜样力量', 'bangyang-liliang'], ['党课开讲', 'dangke-kaijiang'],
    ['乡村振兴一线', 'xiangcun-zhenxing-yixian'], ['红色足迹', 'hongse-zuji'], ['初心故事', 'chuxin-gushi'], ['基层治理', 'jiceng-zhili'],
    ['党史学习', 'dangshi-xuexi'], ['强基固本', 'qiangji-guben'], ['经验交流', 'jingyan-jiaoliu'], ['新时代新作为', 'xinshidai-xinzuowei'],
    ['驻村手记', 'zhucun-shouji'], ['党员之家', 'dangyuan-zhijia'], ['社区党建', 'shequ-dangjian'], ['机关党建', 'jiguan-dangjian'],
    ['国企党建', 'guoqi-dangjian'], ['高校党建', 'gaoxiao-dangjian'], ['两新党建', 'liangxin-dangjian'], ['走基层', 'zou-jiceng'],
    ['党员说', 'dangyuan-shuo'], ['一线调研', 'yixian-diaoyan'], ['组工札记', 'zugong-zhaji'], ['聚焦主题教育', 'jujiao-zhuti-jiaoyu'], ['人物', 'renwu'],
  ].map(([name, slug]) => ({ name: name!, slug: slug! })),
];

const daysOf = (count: number) => Math.ceil(count / (articlesPerPage * pagesPerDay));

/** How many days each later column runs, one after another beside the seed's three: all of them run in any archive. */
const columnEra = (count: number) => Math.max(1, Math.floor(daysOf(count) / (generatedColumns.length - 3)));

/** The column of a story: the seed's three at positions 1–2, a later column at 3, none at 4. */
function columnOf(day: number, position: number, era: number): (typeof generatedColumns)[number] | undefined {
  if (position === articlesPerPage) return undefined;
  if (position < articlesPerPage - 1) return generatedColumns[(day + position - 1) % 3];
  return generatedColumns[3 + (Math.floor(day / era) % (generatedColumns.length - 3))];
}

/** The registry of a generated archive of `count` stories: every column it prints, a stopped one with its dates. */
export function generatedRegistry(count: number, startDate = archiveStart(count)): { columns: Record<string, string>[] } {
  const days = daysOf(count);
  const era = columnEra(count);
  const dateOf = (day: number) => new Date(Date.parse(`${startDate}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
  const ran = new Map<string, { first: number; last: number }>();
  for (let day = 0; day < days; day += 1) {
    for (let position = 1; position < articlesPerPage; position += 1) {
      const column = columnOf(day, position, era)!;
      const seen = ran.get(column.slug);
      ran.set(column.slug, { first: seen?.first ?? day, last: day });
    }
  }
  const lastDay = days - 1;
  return {
    columns: generatedColumns
      .filter((column) => ran.has(column.slug))
      .map((column) => {
        const { first, last } = ran.get(column.slug)!;
        // A column whose stretch ended before the archive's last day has stopped.
        const stopped = last < lastDay - 1 && generatedColumns.indexOf(column) >= 3;
        return { name: column.name, slug: column.slug, ...(column.description && { description: column.description }), since: dateOf(first), ...(stopped && { until: dateOf(last) }) };
      }),
  };
}

export function* generateArchive({ count, seed, source, startDate = archiveStart(count) }: GeneratorOptions): Generator<GeneratedFile> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const paragraphs = source.flatMap((article) => [...article.html.matchAll(/<p>([\s\S]*?)<\/p>/gu)].map((m) => m[1]!.replace(/<[^>]+>/gu, '')));
  const headings = source.flatMap((article) => article.headings.map((heading) => heading.text));
  const places = getDivision().all;
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const era = columnEra(count);
  for (let index = 0; index < count; index += 1) {
    const day = Math.floor(index / (articlesPerPage * pagesPerDay));
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const page = 19 - pagesPerDay + 1 + (Math.floor(index / articlesPerPage) % pagesPerDay);
    const position = (index % articlesPerPage) + 1;
    const column = columnOf(day, position, era);
    const template = pick(source);
    const slug = `gen-${String(index).padStart(6, '0')}`;
    const seriesNumber = Math.floor(day / 5);
    const inSeries = column?.slug === 'shendu-guanzhu';
    const regions = Array.from({ length: Math.floor(next() * 3) }, () => pick(places).code).filter((code, i, all) => all.indexOf(code) === i);
    const bodyParagraphs = Array.from({ length: 4 + Math.floor(next() * 20) }, () => pick(paragraphs));
    const body = bodyParagraphs.map((text, i) => (i > 0 && i % 6 === 0 ? `## ${pick(headings)}\n\n${text}` : text)).join('\n\n');
    const frontMatter: Record<string, unknown> = {
      title: `${template.title}（${index + 1}）`,
      ...(template.kicker && { kicker: template.kicker }),
      ...(column && { column: column.name }),
      ...(inSeries && { series: `提振精气神系列${seriesNumber + 1}`, seriesPart: (day % 5) + 1 }),
      ...(template.byline && { byline: template.byline, authors: [...template.authors] }),
      date,
      page,
      position,
      ...(regions.length > 0 && { regions }),
      tags: [pick(['干部考核', '党建联盟', '流动党员', '党纪学习教育', '基层治理', '乡村振兴'])],
      ...(next() < 0.1 && { figures: [{ caption: '受访者在工作中。', credit: '受访者供图' }] }),
      ...(index > 10 && next() < 0.05 && { related: [`gen-${String(Math.floor(next() * (index - 1))).padStart(6, '0')}`] }),
    };
    yield { path: `${date}/${slug}.md`, frontMatter, body: `${body}\n` };
  }
}
