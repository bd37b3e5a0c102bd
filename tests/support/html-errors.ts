/** html-validate over every page of an export, with the rules of .htmlvalidate.json. */
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { htmlFiles } from './export-files';

export async function htmlErrors(out: string): Promise<{ pages: number; errors: string }> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(out);
  const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
  const text = formatterFactory('text');
  return { pages: files.length, errors: reports.filter((r) => !r.valid).map((r) => text(r.results)).join('\n') };
}
