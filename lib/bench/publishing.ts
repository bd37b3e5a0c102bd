/**
 * What the bench does to an archive after its full build, as editors do every day: a new day's
 * stories added, then one story edited, each published by an incremental `npm run build`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { generateArchive } from './archive-generator';
import { loadArticles } from '../records/load';

/** A new day of the generator's paper. */
export const storiesPerDay = 8;

/**
 * Writes the next `storiesPerDay` stories of a generated archive of `generated` stories into
 * `archive`: the generator's archive of `generated + storiesPerDay` holds the first one's
 * stories unchanged, so the files it has beyond them are the new ones. They are printed the day
 * after the archive's newest day (the seed page's, in the bench), as a paper's next day is: a day
 * printed before the newest would be a back-filled one, which renumbers the stories after it.
 * The registry stays as it was, as a paper's does from one day to the next.
 */
export function addNextStories(archive: string, generated: number, seed = 1): string[] {
  const source = loadArticles('content').articles;
  // Day folders at any depth: the bench's seed page is in seed/2024-04-09/, after every generated day.
  const days = readdirSync(archive, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory() && /^\d{4}-\d{2}-\d{2}$/u.test(entry.name));
  const next = dayAfter(days.map((entry) => entry.name).sort().at(-1)!);
  const added: string[] = [];
  for (const file of generateArchive({ count: generated + storiesPerDay, seed, source })) {
    if (existsSync(join(archive, file.path))) continue;
    const path = join(archive, next, basename(file.path));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `---\n${yaml.dump({ ...file.frontMatter, date: next }, { lineWidth: -1, quotingType: '"', forceQuotes: false })}---\n\n${file.body}`);
    added.push(path);
  }
  return added;
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Edits the title of the first story of the archive's first day folder, as a correction would. */
export function editOneStory(archive: string): string {
  const day = readdirSync(archive).filter((entry) => /^\d{4}-\d{2}-\d{2}$/u.test(entry)).sort()[0]!;
  const path = join(archive, day, readdirSync(join(archive, day)).sort()[0]!);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/mu, 'title: 更正后的标题'));
  return path;
}

/** What an incremental build's output says it did: pages changed of all, files written and kept. */
export interface PublishFigures {
  readonly seconds: number;
  readonly steps: Readonly<Record<string, number>>;
  readonly pagesChanged: number;
  readonly pagesInAll: number;
  readonly filesExported: number;
  readonly filesKept: number;
}

/** Each step of a build and its seconds, from the line `npm run build` ends with. */
export function buildStepsOf(output: string): Record<string, number> {
  const steps = /^build: (.*); [\d.]+ s in all$/mu.exec(output)?.[1] ?? '';
  return Object.fromEntries([...steps.matchAll(/([^,]+?) ([\d.]+) s/gu)].map(([, step, value]) => [step!.trim(), Number(value)]));
}

export function publishFigures(output: string, seconds: number): PublishFigures {
  if (!/^build: incremental/mu.test(output)) throw new Error(`the publish was not an incremental build:\n${output.slice(-2000)}`);
  const changed = /^build: (\d+) of (\d+) page\(s\) changed/mu.exec(output);
  const exported = /export-site: (\d+) plain page\(s\) and (\d+) other file\(s\) in /u.exec(output);
  const kept = /keep-live-files: (\d+) file\(s\) kept/u.exec(output);
  return {
    seconds,
    steps: buildStepsOf(output),
    pagesChanged: Number(changed?.[1]),
    pagesInAll: Number(changed?.[2]),
    filesExported: Number(exported?.[1]) + Number(exported?.[2]),
    filesKept: Number(kept?.[1]),
  };
}
