/** A text sink with backpressure: stdout, or a file written through a temporary name and renamed. */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';

export interface Output {
  write(text: string): Promise<void>;
  end(): Promise<void>;
  /** Whether the destination is an interactive terminal (for colour and layout). */
  readonly isTTY: boolean;
  readonly columns: number;
}

/** A stream (stdout); a reader that goes away (`parapet ... | head`) ends the output quietly instead of failing. */
export function streamOutput(out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): Output {
  let closed = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return {
    isTTY: out.isTTY === true,
    columns: out.columns !== undefined && out.columns > 0 ? out.columns : 120,
    write: async (text) => {
      if (closed) return;
      let drained: boolean;
      try {
        drained = out.write(text);
      } catch (e) {
        // Pipes to stdout write synchronously, so a vanished reader surfaces here.
        if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
        closed = true;
        return;
      }
      if (drained) return;
      try {
        await Promise.race([once(out, 'drain'), once(out, 'close')]);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
        closed = true;
      }
    },
    end: () => Promise.resolve(),
  };
}

/** Writes to `<path>.tmp-<pid>` and renames on end, so a failed run never leaves half a report. */
export function fileOutput(path: string): Output {
  const tmp = `${path}.tmp-${process.pid}`;
  const stream: WriteStream = createWriteStream(tmp);
  let failed: Error | undefined;
  stream.on('error', (e) => {
    failed = e;
  });
  return {
    isTTY: false,
    columns: 160,
    write: async (text) => {
      if (failed) throw failed;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    end: async () => {
      stream.end();
      await once(stream, 'close');
      if (failed) {
        rmSync(tmp, { force: true });
        throw failed;
      }
      renameSync(tmp, path);
    },
  };
}

/** Collects text in memory (tests). */
export function memoryOutput(): Output & { text(): string } {
  const parts: string[] = [];
  return {
    isTTY: false,
    columns: 120,
    write: (t) => {
      parts.push(t);
      return Promise.resolve();
    },
    end: () => Promise.resolve(),
    text: () => parts.join(''),
  };
}
