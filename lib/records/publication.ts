/**
 * Facts of the printed paper that pages cite: where a page lives in the paper's own electronic
 * edition, and how a reference to an article is written (GB/T 7714-2015, newspaper form [N]).
 */
import type { Article, IsoDate } from './article';
import { publication } from '../site/settings';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * When an issue is out: 05:00 Beijing time (UTC+8, no daylight saving) on its date, as feeds,
 * Open Graph and JSON-LD give it. Named once, so no page writes the time zone by hand.
 */
export const issueTimestamp = (date: IsoDate): string => `${date}T05:00:00+08:00`;

/**
 * The page's home in 人民日报's electronic edition. The site changed its layout in December 2024:
 * earlier pages are under rmrb/html/YYYY-MM/DD/nbs.D110000renmrb_PP.htm, later ones under
 * rmrb/pc/layout/YYYYMM/DD/node_PP.html.
 */
export function originalPageUrl(date: IsoDate, page: number): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  if (date < '2024-12-01') return `http://paper.people.com.cn/rmrb/html/${year}-${month}/${day}/nbs.D110000renmrb_${pad(page)}.htm`;
  return `http://paper.people.com.cn/rmrb/pc/layout/${year}${month}/${day}/node_${pad(page)}.html`;
}

/**
 * 刘晓宇.增强干部“会担当”“重担当”“敢担当”的能力本领[N].人民日报,2024-04-09(19).
 * Up to three authors are named, then 等; an article without authors starts with its title.
 */
export function citationOf(article: Pick<Article, 'authors' | 'title' | 'date' | 'page'>): string {
  const names = article.authors.length > 3 ? `${article.authors.slice(0, 3).join(',')},等` : article.authors.join(',');
  const page = article.page === undefined ? '' : `(${article.page})`;
  return `${names ? `${names}.` : ''}${article.title}[N].${publication.name},${article.date}${page}.`;
}

/**
 * The Highwire Press citation tags that Zotero's page translator and Google Scholar read, agreeing
 * with what the page prints: title, each author, the issue date (YYYY/MM/DD), the paper's name
 * (citation_journal_title is the one Highwire tag for a periodical's name) and the page (版次).
 */
export function citationMetaOf(article: Pick<Article, 'authors' | 'title' | 'date' | 'page'>, url: string): Record<string, string | string[]> {
  return {
    citation_title: article.title,
    ...(article.authors.length > 0 && { citation_author: [...article.authors] }),
    citation_publication_date: article.date.replaceAll('-', '/'),
    citation_journal_title: publication.name,
    ...(article.page !== undefined && { citation_firstpage: String(article.page) }),
    citation_language: 'zh',
    citation_public_url: url,
  };
}
