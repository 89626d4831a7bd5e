/**
 * Run several async producers at once, at most `limit` at a time, and yield what they produce as it
 * comes (each producer's own order is kept). A producer's error ends the whole run after the others
 * are stopped from starting; producers handle the errors they can turn into gaps themselves.
 */
export async function* mergeConcurrent<T>(
  producers: readonly (() => AsyncIterable<T>)[],
  limit: number,
): AsyncGenerator<T> {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let failure: { error: unknown } | undefined;
  let next = 0;
  let running = 0;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const start = () => {
    while (failure === undefined && running < limit && next < producers.length) {
      const producer = producers[next++]!;
      running++;
      void (async () => {
        try {
          for await (const item of producer()) {
            queue.push(item);
            notify();
          }
        } catch (e) {
          failure ??= { error: e };
        } finally {
          running--;
          start();
          notify();
        }
      })();
    }
  };
  start();
  for (;;) {
    while (queue.length > 0) yield queue.shift()!;
    if (failure !== undefined) throw failure.error;
    if (running === 0 && next >= producers.length) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (queue.length > 0 || failure !== undefined || (running === 0 && next >= producers.length)) notify();
    });
  }
}
