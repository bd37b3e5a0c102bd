/**
 * Buffers that lie side by side in one larger buffer, joined: a file written from the pieces of
 * a file read before (a snapshot's bodies, the ranking memory's texts), in the same order, is
 * then written in a few large writes, not one per piece.
 */
export function* contiguousRuns(pieces: readonly Uint8Array[]): Generator<Uint8Array> {
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
