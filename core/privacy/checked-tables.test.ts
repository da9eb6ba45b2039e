import { describe, expect, it } from 'vitest';
import { checkedTables } from './checked-tables.ts';

describe('checkedTables', () => {
  it('reads the table after each marker, with the backticked codes per cell', () => {
    const markdown = [
      'Intro',
      '<!-- check: fields -->',
      '| Veld | Naam |',
      '|---|---|',
      '| `initials` | Voorletters |',
      '| `surname` | Achternaam \\| familienaam |',
      '',
      'Tekst | met streep',
      '<!-- check: reads -->',
      '',
      '| Collectie | Velden |',
      '|---|---|',
      '| `uploads` | `id`, `period` |',
    ].join('\n');
    const tables = checkedTables(markdown);
    expect([...tables.keys()]).toEqual(['fields', 'reads']);
    expect(tables.get('fields')!.map((row) => row.codes[0])).toEqual([['initials'], ['surname']]);
    expect(tables.get('fields')![0]!.cells[1]).toBe('Voorletters');
    expect(tables.get('fields')![1]!.cells[1]).toBe('Achternaam | familienaam');
    expect(tables.get('reads')![0]!.codes).toEqual([['uploads'], ['id', 'period']]);
  });

  it.each([
    { name: 'a marker without a table', markdown: '<!-- check: x -->\n\nText', message: /no rows/ },
    { name: 'a name used twice', markdown: '<!-- check: x -->\n| a |\n|---|\n| `b` |\n<!-- check: x -->\n| a |\n|---|\n| `b` |', message: /twice/ },
  ])('refuses $name', ({ markdown, message }) => {
    expect(() => checkedTables(markdown)).toThrow(message);
  });
});
