/**
 * The search page's downloads of the result set (components/search/SearchView.tsx): CSV, RIS
 * and BibTeX of the results in the order listed, up to exportLimit, written in the browser from
 * the index's citation entries (fetched only now) and handed over as a file.
 */
import { exportFile, exportFormats, exportLimit, type CitationRecord } from '../api/search/citations';
import type { SearchOutcome } from '../api/search/engine';
import { searchPageMarkup as markup } from '../markup/search-page';
import { downloadText } from './download';

export interface ExportControls {
  /** The results a download takes, or undefined while there are none to take. */
  show(outcome: SearchOutcome | undefined): void;
}

export function exportControls(root: HTMLElement): ExportControls | undefined {
  const group = root.querySelector<HTMLElement>(markup.exports.selector);
  const status = group?.querySelector<HTMLElement>(markup.exportStatus.selector);
  if (!group || !status) return undefined;
  const publication = markup.publication.read(group) ?? '';
  let current: SearchOutcome | undefined;

  for (const button of group.querySelectorAll<HTMLButtonElement>(`button${markup.exportFormat.selector()}`)) {
    const format = markup.exportFormat.read(button) ?? exportFormats[0];
    button.addEventListener('click', async () => {
      const outcome = current;
      if (!outcome || outcome.total === 0) {
        status.textContent = '没有可导出的结果。';
        return;
      }
      status.textContent = '正在准备……';
      try {
        const records: CitationRecord[] = (await outcome.citations(exportLimit)).map((record) => ({ ...record, url: new URL(record.url, window.location.origin).href }));
        if (outcome !== current) return;
        const file = exportFile(format, records, publication);
        downloadText(file.name, file.type, file.text);
        status.textContent = outcome.total > exportLimit ? `已导出前${exportLimit}篇（共${outcome.total}篇）` : `已导出${records.length}篇`;
      } catch {
        status.textContent = '导出失败，请稍后再试。';
      }
    });
  }

  return {
    show(outcome) {
      current = outcome;
      status.textContent = '';
      group.classList.toggle('invisible', !outcome || outcome.total === 0);
    },
  };
}
