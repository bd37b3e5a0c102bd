/**
 * Feeds and the sitemap as XML parsers and feed readers read them: whatever text an article
 * holds stays that text, and no title, kicker or body can add elements or change a link.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { rssFeed } from '@/lib/api/feeds';
import { xmlDocument } from '@/lib/api/xml-document';
import type { Article } from '@/lib/records/article';
import { loadArticles } from '@/lib/records/load';

const seed = loadArticles('content').articles;
const site = process.env.SITE_URL ?? 'http://localhost:3000';

/** Pieces that close or open XML constructs, entities, and plain Chinese text between them. */
const pieces = [']]>', ']]', '>', '<![CDATA[', '<item><link>https://evil.example/phish</link></item>', '&', '&amp;', '&#x3c;', '"', "'", '<', '</title>', '<!--', '-->', '<?xml ?>', '党建', '“引号”', ' ', '\t'];

/** A deterministic stream of texts made of those pieces (mulberry32), so a failure reproduces. */
function fuzzedTexts(count: number, seedValue = 7): string[] {
  let state = seedValue;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('') + '文');
}

const feedOf = (articles: readonly Article[]) => rssFeed({ title: '全部文章', description: '描述 ]]> & <b>', pagePath: '/', feedPath: '/feed.xml', articles });

describe('feeds', () => {
  const texts = fuzzedTexts(300);
  const articles = texts.map((text, index): Article => {
    const base = seed[index % seed.length]!;
    return { ...base, slug: `${base.slug}-${index}` as Article['slug'], title: text, kicker: texts[(index + 1) % texts.length], excerpt: texts[(index + 2) % texts.length]!, authors: [texts[(index + 3) % texts.length]!] };
  });

  it('stays well-formed XML whatever the titles, kickers, bodies and bylines hold', () => {
    for (let start = 0; start < articles.length; start += 50) {
      const xml = feedOf(articles.slice(start, start + 50));
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toContain('<![CDATA[');
    }
  });

  it('gives a feed reader each text exactly as written and each link as the site made it', async () => {
    for (let start = 0; start < articles.length; start += 50) {
      const batch = articles.slice(start, start + 50);
      const { items, description } = await new Parser().parseString(feedOf(batch));
      expect(description).toBe('描述 ]]> & <b>');
      expect(items).toHaveLength(batch.length);
      items.forEach((item, index) => {
        const article = batch[index]!;
        expect(item.title).toBe(article.title);
        expect(item.link).toBe(`${site}/articles/${article.slug}/`);
        expect(item.creator).toBe(article.authors[0]);
        expect(item.content).toContain(article.excerpt);
      });
    }
  });

  it('cannot be rewritten by a title holding ]]> twice (the feed library escaped only the first)', async () => {
    const title = '甲]]>乙]]><link>https://evil.example/phish</link><title>丙';
    const { items } = await new Parser().parseString(feedOf([{ ...seed[0]!, title }]));
    expect(items[0]).toMatchObject({ title, link: `${site}/articles/${seed[0]!.slug}/` });
    expect(JSON.stringify(items)).not.toContain('evil.example/phish"');
  });
});

describe('the XML writer', () => {
  it('refuses a character XML 1.0 forbids instead of writing a document no parser reads', () => {
    expect(() => xmlDocument('/feed.xml', 'rss', { title: '标题\uFFFE' })).toThrow('/feed.xml: holds U+FFFE, a character XML 1.0 forbids; it would make the document unreadable');
    expect(() => xmlDocument('/sitemap.xml', 'urlset', { loc: 'a\u0001' })).toThrow(/U\+0001/u);
  });

  it('escapes attribute values as well as text', () => {
    const xml = xmlDocument('/x.xml', 'root', { link: { '@href': 'https://a.example/?q="1"&x=<2>' } });
    expect(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).root.link.href).toBe('https://a.example/?q="1"&x=<2>');
  });
});
