/** What an article page's tools carry about the story, for the scripts that save or share it. */
import { dataAttribute } from './attribute';

/** The article's title, as printed. */
export const articleTitle = dataAttribute('data-title');
