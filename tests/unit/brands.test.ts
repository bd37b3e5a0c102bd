import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '@/lib/records/iso-date';
import { parseColumnSlug, parseSlug } from '@/lib/records/slug';
import { getRegion } from '@/lib/records/regions';

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

describe('branded values', () => {
  it('are made by their one parser: slugs as a URL carries them, real calendar days', () => {
    expect(parseSlug('quanzhou-ganbu-dandang')).toBe('quanzhou-ganbu-dandang');
    expect(['Quanzhou', 'two--hyphens', '-lead', 'trail-', '泉州', 'a'.repeat(81), ''].map(parseSlug)).toEqual(Array(7).fill(undefined));
    expect(parseSlug('a'.repeat(80))).toBeDefined();
    expect(parseColumnSlug('shendu-guanzhu')).toBe('shendu-guanzhu');
    expect(parseColumnSlug('a'.repeat(61))).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(['2023-02-29', '2023-02-30', '2023-13-01', '2023-5-01', '20230501', '2023-05-01T00:00'].map(parseIsoDate)).toEqual(Array(6).fill(undefined));
  });

  it('give region records whose codes are the data set’s 2-, 4- and 6-digit codes', () => {
    expect(getRegion('35')?.code).toBe('35');
    expect(getRegion('3505')?.fullName).toBe('福建省泉州市');
    expect(getRegion('350502')?.fullName).toBe('福建省泉州市鲤城区');
    expect(getRegion('35050')).toBeUndefined();
  });

  it('are never cast into being outside the module that makes them', () => {
    const constructors = new Set(['lib/records/slug.ts', 'lib/records/iso-date.ts', 'lib/records/regions/division.ts']);
    const cast = /\bas\s+(?:Slug|ColumnSlug|IsoDate|RegionCode)\b/u;
    const casts = ['app', 'components', 'lib']
      .flatMap(sources)
      .filter((file) => !constructors.has(file))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, index) => (cast.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])));
    expect(casts).toEqual([]);
  });
});
