/**
 * Token bucket limiter: at most `ratePerSecond` requests per second on average, with
 * bursts up to `burst`. The BRP (and its gateway) throttles clients; a monthly batch of
 * a few hundred signals must not trip it.
 */
export interface TokenBucket {
  /** Resolves when a request may be sent. */
  take(): Promise<void>;
}

export interface TokenBucketOptions {
  ratePerSecond: number;
  burst?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createTokenBucket({ ratePerSecond, burst = Math.max(1, Math.ceil(ratePerSecond)), now = () => performance.now(), sleep = delay }: TokenBucketOptions): TokenBucket {
  let tokens = burst;
  let updatedAt = now();
  let queue: Promise<void> = Promise.resolve();

  function refill(): void {
    const current = now();
    tokens = Math.min(burst, tokens + ((current - updatedAt) / 1000) * ratePerSecond);
    updatedAt = current;
  }

  async function takeInTurn(): Promise<void> {
    refill();
    while (tokens < 1) {
      await sleep(Math.ceil(((1 - tokens) / ratePerSecond) * 1000));
      refill();
    }
    tokens -= 1;
  }

  return {
    take() {
      // Callers are served in arrival order, one at a time.
      const turn = queue.then(takeInTurn);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
