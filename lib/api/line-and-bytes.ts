/**
 * The build's large state files: one line of JSON, then bytes that line indexes (the snapshot's
 * bodies, lib/api/snapshot.ts; the ranking memory's texts, lib/build/incremental/ranking-memory.ts).
 * A reader decodes only the pieces it needs, and a writer copies unchanged pieces as the bytes it
 * read them as. Files are written beside and renamed, so no reader ever sees half a file; JSON has
 * no raw line break.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, write, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file's JSON line, and the bytes after it (none when the file has no line break). */
export function readLineAndBytes(path: string): { readonly line: string; readonly bytes: Buffer } {
  const whole = readFileSync(path);
  const lineEnd = whole.indexOf(0x0a);
  if (lineEnd < 0) return { line: whole.toString('utf8'), bytes: whole.subarray(whole.length) };
  return { line: whole.toString('utf8', 0, lineEnd), bytes: whole.subarray(lineEnd + 1) };
}

export function writeLineAndBytes(path: string, line: string, pieces: readonly Uint8Array[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const descriptor = openSync(`${path}.tmp`, 'w');
  try {
    writeSync(descriptor, `${line}\n`);
    for (const run of contiguousRuns(pieces)) writeSync(descriptor, run);
  } finally {
    closeSync(descriptor);
  }
  renameSync(`${path}.tmp`, path);
}

/**
 * The same file, its bytes written by libuv's threads while this thread goes on; the write ends
 * with the promise. Opened, and every piece sent to be written at its place, before this returns:
 * a write awaited after another (or after an open awaited) would wait for this thread to be free.
 */
export function writeLineAndBytesBeside(path: string, line: string, pieces: readonly Uint8Array[]): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const descriptor = openSync(`${path}.tmp`, 'w');
  const writeAt = async (bytes: Uint8Array, position: number) => {
    for (let at = 0; at < bytes.length; ) at += await writeSome(descriptor, bytes, at, position + at);
  };
  let position = 0;
  const writes = [Buffer.from(`${line}\n`, 'utf8'), ...contiguousRuns(pieces)].map((piece) => {
    position += piece.length;
    return writeAt(piece, position - piece.length);
  });
  return Promise.allSettled(writes).then((results) => {
    closeSync(descriptor);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    renameSync(`${path}.tmp`, path);
  });
}

/** Writes what the system takes of bytes[from…] at a position in the file; resolves to how many bytes. */
function writeSome(descriptor: number, bytes: Uint8Array, from: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => write(descriptor, bytes, from, bytes.length - from, position, (error, written) => (error ? reject(error) : resolve(written))));
}

/** Pieces that lie side by side in one buffer (a file read before, in the same order), joined: a few large writes, not one per piece. */
function* contiguousRuns(pieces: readonly Uint8Array[]): Generator<Uint8Array> {
  let run: Uint8Array | undefined;
  for (const piece of pieces) {
    if (run && run.buffer === piece.buffer && run.byteOffset + run.length === piece.byteOffset) {
      run = new Uint8Array(run.buffer, run.byteOffset, run.length + piece.length);
    } else {
      if (run) yield run;
      run = piece;
    }
  }
  if (run) yield run;
}
