/**
 * A static host for an export that a test can stop and start again on the same port: stopping it
 * is a reader losing the connection (the browser's offline mode alone does not reach a service
 * worker's own fetches in every Chromium).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.gz': 'application/octet-stream',
};

function fileFor(root: string, path: string): string | undefined {
  const relative = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/u, '');
  const candidates = relative.endsWith('/') ? [join(root, relative, 'index.html')] : [join(root, relative), join(root, relative, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export interface StaticServer {
  readonly origin: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function staticServer(root: string): Promise<StaticServer> {
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((request, response) => {
        const path = new URL(request.url ?? '/', 'http://host').pathname;
        const file = fileFor(root, path);
        const status = file ? 200 : 404;
        const body = readFileSync(file ?? join(root, '404.html'));
        response.writeHead(status, { 'Content-Type': types[extname(file ?? '.html')] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        response.end(body);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    start: listen,
    stop: () =>
      new Promise<void>((resolve) => {
        server?.closeAllConnections();
        server?.close(() => resolve());
      }),
  };
}
