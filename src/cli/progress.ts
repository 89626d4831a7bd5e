/** Progress on stderr for long runs: a live line on a terminal, an occasional line otherwise. */
export interface Progress {
  update(assets: number, file: string | undefined): void;
  done(): void;
}

export function stderrProgress(
  enabled: boolean,
  stream: NodeJS.WritableStream & { isTTY?: boolean },
): Progress {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  const started = Date.now();
  let lastLine = 0;
  let shown = false;
  return {
    update(assets, file) {
      const secs = (Date.now() - started) / 1000;
      const text = `Assessed ${assets.toLocaleString('en-US')} assets in ${secs.toFixed(0)} s${file ? ` (${file.replace(/[^\x20-\x7e]/g, '?').slice(-60)})` : ''}`;
      if (stream.isTTY) {
        stream.write(`\r\x1b[K${text}`);
        shown = true;
      } else if (Date.now() - lastLine > 10_000 && secs > 5) {
        stream.write(`${text}\n`);
        lastLine = Date.now();
      }
    },
    done() {
      if (shown && stream.isTTY) stream.write('\r\x1b[K');
    },
  };
}
