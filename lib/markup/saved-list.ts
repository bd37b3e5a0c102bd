/** 我的收藏's list (components/saved/SavedStories.tsx, lib/browser/saved-list.ts). */
import { dataAttribute, dataMark } from './attribute';

export const savedListMarkup = {
  /** What the list says when it holds nothing. */
  empty: dataAttribute('data-empty'),
  status: dataMark('data-saved-status'),
  damaged: dataMark('data-saved-damaged'),
  items: dataMark('data-saved-items'),
};
