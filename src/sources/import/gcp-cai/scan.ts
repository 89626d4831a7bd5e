/** A cheap pass over a file's bytes: does it mention any of some strings (so it is worth parsing)? */
import { open } from 'node:fs/promises';

/**
 * True when the file contains any of `markers` (UTF-8 byte search, chunk by chunk, with overlap so a
 * marker split between chunks is still found).
 */
export async function fileMentions(
  path: string,
  markers: readonly string[],
  chunkSize = 4 << 20,
): Promise<boolean> {
  const needles = markers.map((m) => Buffer.from(m, 'utf8'));
  const overlap = Math.max(0, ...needles.map((n) => n.length)) - 1;
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(chunkSize + overlap);
    let kept = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, kept, chunkSize, null);
      if (bytesRead === 0) return false;
      const view = buf.subarray(0, kept + bytesRead);
      if (needles.some((n) => view.includes(n))) return true;
      kept = Math.min(overlap, view.length);
      view.copy(buf, 0, view.length - kept);
    }
  } finally {
    await handle.close();
  }
}
