/** Serves a static export on a local port for the command-line measurements (bench, audit). */
import { spawn } from 'node:child_process';

export interface ServedExport {
  readonly url: string;
  close(): void;
}

export async function serveExport(dir: string, port: number): Promise<ServedExport> {
  const server = spawn('node_modules/.bin/serve', [dir, '--listen', String(port), '--no-clipboard'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, close: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`nothing answered at ${url}/ serving ${dir}/`);
}
