import { expect, test } from 'vitest';
import { printSettingsFor, volumesOf } from './letters-step.ts';

const part = (bytes: number, name: string) => ({ pdf: Buffer.alloc(bytes), name });
const names = (volumes: Array<Array<{ name: string }>>) => volumes.map((volume) => volume.map((item) => item.name));

test.each<[string, Array<[number, string]>, number, string[][]]>([
  ['nothing, no volume', [], 10, []],
  ['all in one while they fit', [[4, 'a'], [3, 'b'], [3, 'c']], 10, [['a', 'b', 'c']]],
  ['a new volume when the next part would not fit, order kept', [[4, 'a'], [4, 'b'], [4, 'c'], [1, 'd']], 10, [['a', 'b'], ['c', 'd']]],
  ['a part larger than the limit is a volume of its own', [[2, 'a'], [12, 'b'], [2, 'c']], 10, [['a'], ['b'], ['c']]],
])('volumesOf: %s', (_name, parts, max, expected) => {
  expect(names(volumesOf(parts.map(([bytes, name]) => part(bytes, name)), max))).toEqual(expected);
});

test.each([
  [1, 1],
  [255, 128],
  [500, 250],
  [501, 250],
  [10_000, 250],
])('printSettingsFor(%i): parts of %i on two tabs', (letters, lettersPerPrint) => {
  expect(printSettingsFor(letters)).toEqual({ tabs: 2, lettersPerPrint });
});
