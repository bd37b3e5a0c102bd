/**
 * Proposes the regions an article reports on, for the editor to confirm: place names printed
 * with their suffix (泉州市, 鲤城区, 河北省) found in the kicker, title and body, resolved through
 * the same division data the content contract uses.
 *
 * Names without a suffix (泉州, 晋江经验) and two-character names (城区, 郊区) are not matched:
 * they are too often ordinary words. A name printed under its parent (福建省泉州市) counts once,
 * as the deeper place; a place whose county or city is also proposed is left out unless the
 * kicker or title names it, because a story about 鲤城区 is already a story about 福建省.
 */
import { getDivision, type Region } from '../records/regions/division';

export interface RegionProposal {
  readonly region: Region;
  /** The printed text it was found in, for the editor: 福建省泉州市完善落实…… */
  readonly evidence: string;
  /** Named in the kicker or title: the story's subject. */
  readonly headline: boolean;
}

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly Region[];
}

/** Real county names that are also everyday words (洛阳市老城区, but 老城区 in any city story). */
const everydayWords = new Set(['老城区', '新城区', '城中区', '市中区', '城关区', '开发区']);

let namesByFirstChar: Map<string, { name: string; regions: Region[] }[]> | undefined;

function nameIndex() {
  if (!namesByFirstChar) {
    const byName = new Map<string, Region[]>();
    for (const region of getDivision().all) {
      if ([...region.name].length < 3 || everydayWords.has(region.name)) continue;
      byName.set(region.name, [...(byName.get(region.name) ?? []), region]);
    }
    namesByFirstChar = new Map();
    for (const [name, regions] of byName) {
      const first = name[0]!;
      namesByFirstChar.set(first, [...(namesByFirstChar.get(first) ?? []), { name, regions }]);
    }
    for (const list of namesByFirstChar.values()) list.sort((a, b) => b.name.length - a.name.length);
  }
  return namesByFirstChar;
}

/** Every place name in the text, longest match first, left to right. */
function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (let at = 0; at < text.length; ) {
    const match = nameIndex().get(text[at]!)?.find(({ name }) => text.startsWith(name, at));
    if (match) {
      found.push({ start: at, end: at + match.name.length, candidates: match.regions });
      at += match.name.length;
    } else {
      at += 1;
    }
  }
  return found;
}

const isInside = (region: Region, ancestor: Region) => region !== ancestor && region.chain.includes(ancestor.code);

/** The places of one text, a printed chain (福建省泉州市鲤城区) counted as its deepest place. */
function placesIn(text: string, context: readonly Region[]): Region[] {
  const places: Region[] = [];
  let previous: { end: number; region: Region; added: boolean } | undefined;
  for (const mention of mentions(text)) {
    const known = [...context, ...places, ...(previous ? [previous.region] : [])];
    const inContext = mention.candidates.filter((candidate) => known.some((place) => isInside(candidate, place) || candidate === place));
    const choices = mention.candidates.length === 1 ? mention.candidates : inContext;
    if (choices.length !== 1) continue; // ambiguous (鼓楼区 is in six cities): not proposed
    const region = choices[0]!;
    // 福建省泉州市: the province was printed only to place the city.
    if (previous?.added && previous.end === mention.start && isInside(region, previous.region)) {
      places.splice(places.indexOf(previous.region), 1);
    }
    const added = !places.includes(region);
    if (added) places.push(region);
    previous = { end: mention.end, region, added };
  }
  return places;
}

export function proposeRegions(headline: readonly string[], body: readonly string[]): RegionProposal[] {
  const proposals: RegionProposal[] = [];
  const add = (text: string, isHeadline: boolean) => {
    const context = proposals.map((proposal) => proposal.region);
    for (const region of placesIn(text, context)) {
      if (!proposals.some((proposal) => proposal.region === region)) proposals.push({ region, evidence: text, headline: isHeadline });
    }
  };
  for (const line of headline) add(line, true);
  for (const paragraph of body) add(paragraph, false);
  return proposals.filter((proposal) => proposal.headline || !proposals.some((other) => isInside(other.region, proposal.region)));
}
