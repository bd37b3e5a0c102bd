/**
 * Why a story is related, in words a reader understands: 同一系列, 同属福建省泉州市,
 * 同为“金台潮声”, 话题相近：党建联盟.
 */
import type { Column } from '../../records/columns';
import type { Region } from '../../records/regions';

export type RelatedReason =
  | { readonly kind: 'curated' }
  | { readonly kind: 'series'; readonly series: string }
  | { readonly kind: 'region'; readonly region: Region }
  | { readonly kind: 'column'; readonly column: Column }
  | { readonly kind: 'topic'; readonly topic: string };

export function describeReason(reason: RelatedReason): string {
  switch (reason.kind) {
    case 'curated':
      return '编辑推荐';
    case 'series':
      return '同一系列';
    case 'region':
      return `同属${reason.region.fullName}`;
    case 'column':
      return `同为“${reason.column.name}”`;
    case 'topic':
      return `话题相近：${reason.topic}`;
  }
}
