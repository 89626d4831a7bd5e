/**
 * The process's outside world as the CLI sees it: streams, environment and working directory. Commands
 * take it as an argument, so tests run them in-process with their own streams instead of patching
 * globals.
 */
import { Writable } from 'node:stream';

export interface OutStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  // A reader that goes away (`parapet rules | head`) closes the pipe: the rest of the output has
  // nowhere to go, but the command still finishes (a scan is still recorded) and exits normally
  // instead of dying on an unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    });
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** An Io whose streams collect text (tests). */
export function memoryIo(
  env: NodeJS.ProcessEnv = {},
  cwd: string = process.cwd(),
): Io & { out(): string; err(): string } {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        into.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        cb();
      },
    });
  return {
    stdout: sink(chunks.out),
    stderr: sink(chunks.err),
    env,
    cwd,
    out: () => chunks.out.join(''),
    err: () => chunks.err.join(''),
  };
}
