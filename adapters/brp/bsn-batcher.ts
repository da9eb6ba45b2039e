/**
 * Collects the BSNs that searches running side by side want details of, and asks the BRP for
 * them together: a RaadpleegMetBurgerservicenummer takes up to 20 BSNs. Each search of an
 * enrichment run (an address, a name) answers with BSNs only and needs a second request for
 * the details; asked one search at a time that is two requests per signal, and the BRP's rate
 * limit is the bound of the whole month. Batched, the second request is shared by several
 * signals.
 *
 * A batch goes when it is full, or when `waitMs` passed since its first BSN: a lone search
 * waits at most that long.
 */
export interface BsnBatcherOptions<T> {
  /** Asks for up to `maxPerBatch` distinct BSNs at once. */
  fetchBatch: (bsns: string[]) => Promise<T[]>;
  bsnOf: (item: T) => string;
  maxPerBatch: number;
  waitMs: number;
}

interface Waiting<T> {
  bsns: ReadonlySet<string>;
  resolve: (items: T[]) => void;
  reject: (error: unknown) => void;
}

export function createBsnBatcher<T>(options: BsnBatcherOptions<T>): (bsns: readonly string[]) => Promise<T[]> {
  let pending = new Set<string>();
  let waiting: Array<Waiting<T>> = [];
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const bsns = [...pending];
    const requests = waiting;
    pending = new Set();
    waiting = [];
    if (bsns.length === 0) return;
    void (async () => {
      // More than one batch's worth (one search may bring many): in batches, one after the other.
      const found: T[] = [];
      try {
        for (let start = 0; start < bsns.length; start += options.maxPerBatch) found.push(...(await options.fetchBatch(bsns.slice(start, start + options.maxPerBatch))));
      } catch (error) {
        for (const request of requests) request.reject(error);
        return;
      }
      for (const request of requests) request.resolve(found.filter((item) => request.bsns.has(options.bsnOf(item))));
    })();
  };

  return (bsns) => {
    const wanted = new Set(bsns);
    if (wanted.size === 0) return Promise.resolve([]);
    return new Promise<T[]>((resolve, reject) => {
      for (const bsn of wanted) pending.add(bsn);
      waiting.push({ bsns: wanted, resolve, reject });
      if (pending.size >= options.maxPerBatch) flush();
      else timer ??= setTimeout(flush, options.waitMs);
    });
  };
}
