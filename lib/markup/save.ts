/** 收藏 (components/reading/SaveControl.tsx, lib/browser/save.ts): what the saved list will show, as printed. */
import { articleTitle } from './article';
import { dataAttribute } from './attribute';

export const saveMarkup = {
  path: dataAttribute('data-path'),
  title: articleTitle,
  /** The column's display name (the search page's chips carry a slug). */
  columnName: dataAttribute('data-column-name'),
  edition: dataAttribute('data-edition'),
};
