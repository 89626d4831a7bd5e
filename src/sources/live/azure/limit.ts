/**
 * A concurrency limiter: at most `n` tasks at once, the rest queued in order. The live collector runs
 * ARM calls through one limiter for the whole scan and one per subscription, so a tenant with many
 * subscriptions is read in parallel without one subscription's calls exceeding its share of ARM's
 * per-subscription read limits (the SDK's retry policy then absorbs any 429 with its Retry-After).
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * @example const limit = limiter(4); await Promise.all(ids.map((id) => limit(() => get(id))));
 */
export function limiter(n: number): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finishing task hands its slot straight to the next in the queue, so `active` never exceeds n.
    if (active >= n) await new Promise<void>((resolve) => queue.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const waiter = queue.shift();
      if (waiter) waiter();
      else active--;
    }
  };
}
