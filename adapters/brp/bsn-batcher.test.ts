import { describe, expect, test } from 'vitest';
import { createBsnBatcher } from './bsn-batcher.ts';

interface Person {
  bsn: string;
}

function batcher(maxPerBatch = 3, waitMs = 10, fail?: (bsns: string[]) => boolean) {
  const batches: string[][] = [];
  const details = createBsnBatcher<Person>({
    fetchBatch: async (bsns) => {
      batches.push(bsns);
      if (fail?.(bsns)) throw new Error('BRP away');
      // The BRP knows everyone but "unknown".
      return bsns.filter((bsn) => bsn !== 'unknown').map((bsn) => ({ bsn }));
    },
    bsnOf: (person) => person.bsn,
    maxPerBatch,
    waitMs,
  });
  return { details, batches };
}

describe('asking details of BSNs together', () => {
  test('requests within the wait share one batch; each gets its own persons', async () => {
    const { details, batches } = batcher(20);
    const [a, b] = await Promise.all([details(['1', '2']), details(['2', '3', 'unknown'])]);
    expect(batches).toEqual([['1', '2', '3', 'unknown']]);
    expect(a.map((p) => p.bsn)).toEqual(['1', '2']);
    expect(b.map((p) => p.bsn)).toEqual(['2', '3']);
  });

  test('a full batch goes at once; what is over goes in the next batch', async () => {
    const { details, batches } = batcher(3, 60_000);
    const started = Date.now();
    const [a, b] = await Promise.all([details(['1', '2']), details(['3', '4'])]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(batches).toEqual([['1', '2', '3'], ['4']]);
    expect(a.map((p) => p.bsn)).toEqual(['1', '2']);
    expect(b.map((p) => p.bsn)).toEqual(['3', '4']);
  });

  test('requests after a batch went start a new one', async () => {
    const { details, batches } = batcher(20, 5);
    await details(['1']);
    await details(['2']);
    expect(batches).toEqual([['1'], ['2']]);
  });

  test('a failing batch fails every request in it, and the next batch is asked anew', async () => {
    const { details, batches } = batcher(20, 5, (bsns) => bsns.includes('1'));
    await expect(Promise.all([details(['1']), details(['2'])])).rejects.toThrow('BRP away');
    expect((await details(['2'])).map((p) => p.bsn)).toEqual(['2']);
    expect(batches).toEqual([['1', '2'], ['2']]);
  });

  test('no BSNs: nothing is asked', async () => {
    const { details, batches } = batcher();
    expect(await details([])).toEqual([]);
    expect(batches).toEqual([]);
  });
});
