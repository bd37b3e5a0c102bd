/**
 * The full build of Vercel's blog-starter on the bench's own articles, in the same sitting: the
 * issue "A day published in seconds" sets this site's full build against it (at most 1.0 × at
 * 1,000 articles and 0.8 × at 3,000), and builds on one machine differ by several per cent from
 * one hour to the next, so a ratio is only worth what the two builds share.
 *
 * The starter's code is not in this repository: `npm run bench -- --blog-starter DIR` names a
 * copy of it (vercel/next.js `examples/blog-starter`, its dependencies installed in DIR). Each
 * article becomes one of its posts (`_posts/<slug>.md`: title, date, excerpt, author, cover image
 * and the article's Markdown), and `next build` runs in DIR from a clean state, as ours does.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import type { Article } from '../records/article';
import { runMeasured, type MeasuredRun } from './measured-run';

/** The starter's front matter (its `src/interfaces/post.ts`), one field a line as its own posts write them. */
function starterPost(article: Article): string {
  const { content } = matter(readFileSync(article.file, 'utf8'));
  const frontMatter = {
    title: article.title,
    excerpt: article.excerpt,
    // Images the starter ships (its own posts use them), so its pages link to files it has.
    coverImage: '/assets/blog/hello-world/cover.jpg',
    date: `${article.date}T00:00:00.000Z`,
    author: { name: article.authors[0] ?? '本报记者', picture: '/assets/blog/authors/tim.jpeg' },
    ogImage: { url: '/assets/blog/hello-world/cover.jpg' },
  };
  // JSON is YAML: every value quoted, so gray-matter reads the date as the starter's posts give it, a string.
  const lines = Object.entries(frontMatter).map(([field, value]) => `${field}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${content.trim()}\n`;
}

/** Replaces the starter's posts with the archive's articles, one post each. */
export function writeStarterPosts(articles: readonly Article[], starter: string): void {
  const posts = join(starter, '_posts');
  rmSync(posts, { recursive: true, force: true });
  mkdirSync(posts, { recursive: true });
  for (const article of articles) writeFileSync(join(posts, `${article.slug}.md`), starterPost(article));
}

/** `next build` in the starter's folder, from a clean state (no `.next`, so no compile cache). */
export async function buildStarter(starter: string): Promise<MeasuredRun> {
  if (!existsSync(join(starter, 'node_modules', 'next'))) {
    throw new Error(`--blog-starter ${starter}: no node_modules/next there; install the starter's dependencies first (npm install in that folder)`);
  }
  rmSync(join(starter, '.next'), { recursive: true, force: true });
  // In its folder: the starter reads its posts from `process.cwd()`.
  return runMeasured(resolve(starter, 'node_modules', '.bin', 'next'), ['build'], {}, starter);
}
