/**
 * The system's Chromium, as every browser tool of the project starts it (Playwright, the bench,
 * Lighthouse): Debian's /usr/bin/chromium unless CHROMIUM_PATH says otherwise, with no
 * background traffic, since this machine has no network beyond the package registries.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
