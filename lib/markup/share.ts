/** 分享 and 复制引用 (components/reading/ShareActions.tsx, lib/browser/share.ts). */
import { articleTitle } from './article';
import { dataAttribute } from './attribute';

export const shareActions = ['share', 'copy-citation'] as const;

export const shareMarkup = {
  url: dataAttribute('data-url'),
  title: articleTitle,
  citation: dataAttribute('data-citation'),
  action: dataAttribute('data-action', shareActions),
};
