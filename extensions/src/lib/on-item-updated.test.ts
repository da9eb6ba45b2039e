import { afterEach, describe, expect, test, vi } from 'vitest';
import { PendingWrites } from './on-item-updated.ts';

const work = async () => {};

describe('PendingWrites', () => {
  afterEach(() => vi.useRealTimers());

  test('hands the work over once, to the same collection, item and user only', () => {
    const pending = new PendingWrites();
    pending.set('cases', 'c1', 'u1', work);
    expect(pending.take('cases', 'c1', 'u2')).toBeNull();
    expect(pending.take('tasks', 'c1', 'u1')).toBeNull();
    expect(pending.take('cases', 'c1', 'u1')).toBe(work);
    expect(pending.take('cases', 'c1', 'u1')).toBeNull();
  });

  test('a later update without work clears what a refused one left behind', () => {
    const pending = new PendingWrites();
    pending.set('cases', 'c1', 'u1', work);
    pending.set('cases', 'c1', 'u1', null);
    expect(pending.take('cases', 'c1', 'u1')).toBeNull();
  });

  test('work older than the limit is dropped', () => {
    vi.useFakeTimers();
    try {
      const pending = new PendingWrites(1000);
      pending.set('cases', 'c1', 'u1', work);
      vi.advanceTimersByTime(1001);
      expect(pending.take('cases', 'c1', 'u1')).toBeNull();
    } finally {
      // Unit test files share their worker (isolate: false): the next file gets real timers.
      vi.useRealTimers();
    }
  });
});
