import { describe, expect, test } from 'vitest';
import { pointAtUnclosedBlock, unclosedBlocks } from './unclosed-block.ts';
import { validateTemplate } from './validate-template.ts';

describe('unclosedBlocks', () => {
  test.each([
    ['<p>{{#if a}}x{{/if}}</p>', []],
    ['<p>\n  {{#if a}}x</p>', [{ name: 'if', line: 2, column: 3 }]],
    ['{{#each items}}\n{{#if a}}{{else}}b{{/if}}', [{ name: 'each', line: 1, column: 1 }]],
    ['{{#if a}}\n{{#unless b}}\n{{/if}}', []],
    ['{{!-- {{#if a}} --}}{{^}}{{~#with x~}}', [{ name: 'with', line: 1, column: 26 }]],
  ])('%j → %j', (source, expected) => {
    expect(unclosedBlocks(source)).toEqual(expected);
  });
});

describe('pointAtUnclosedBlock', () => {
  test('the problem names the line where the unclosed block opens, not the end of the template', () => {
    const source = '<p>Een</p>\n{{#if settings.website}}\n<p>Twee</p>\n<p>Drie</p>\n';
    const problems = validateTemplate(source, { key: 'signature', kind: 'partial', partials: [] });
    expect(problems.length).toBe(1);
    expect(pointAtUnclosedBlock(source, problems)).toEqual([{ line: 2, column: 1, code: 'syntax', message: '{{#if}} wordt niet afgesloten: zet {{/if}} aan het eind van het blok.' }]);
  });

  test('other problems stay as they are', () => {
    const problems = [{ line: 1, column: 4, code: 'unknown_variable' as const, message: 'x' }];
    expect(pointAtUnclosedBlock('<p>{{x}}</p>', problems)).toEqual(problems);
  });
});
