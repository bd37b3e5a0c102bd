/**
 * A file a step of the build writes before it ends: the build acts on it as soon as it is there
 * (the step writes it whole, by rename), and never when the step failed or ended without it.
 */
import { existsSync } from 'node:fs';

const pollMs = 20;

export function fileWrittenBy(path: string, step: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let ended = false;
    step.then(
      () => {
        ended = true;
        if (existsSync(path)) resolve();
        else reject(new Error(`the step ended without writing ${path}`));
      },
      (error: unknown) => {
        ended = true;
        reject(error);
      },
    );
    const poll = () => {
      if (ended) return;
      if (existsSync(path)) resolve();
      else setTimeout(poll, pollMs);
    };
    poll();
  });
}
