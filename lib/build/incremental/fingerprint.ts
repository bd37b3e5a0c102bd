/**
 * What a build's pages are made of besides the content: the code, its configuration, its
 * dependencies, the settings read at build time and the column registry. An incremental build
 * reuses the previous build only when this is unchanged; any change here makes a full build, as
 * a change of code can change every page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../records/list-files';
import { registryPathFor } from '../../records/column-registry';

/** Folders of code and files of configuration whose every byte can reach a page. */
const codeFolders = ['app', 'components', 'lib', 'public'];
const configFiles = ['next.config.ts', 'postcss.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Settings read at build time (lib/site/settings.ts). */
const settingVariables = ['SITE_URL', 'IMAGE_HOSTS', 'CONTENT_DIR'];

export function codeFingerprint(contentRoot: string, projectRoot = '.'): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const name of settingVariables) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  const files = [
    ...codeFolders.flatMap((folder) => (existsSync(join(projectRoot, folder)) ? listFiles(join(projectRoot, folder)) : [])),
    ...configFiles.map((file) => join(projectRoot, file)).filter((file) => existsSync(file)),
    registryPathFor(contentRoot).path,
  ];
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : '-');
    hash.update('\n');
  }
  return hash.digest('hex');
}
