/**
 * Where a block that is never closed opens. Handlebars reports an unclosed `{{#if}}` at
 * the end of the template, which is not where the admin has to look; this finds the
 * opening `{{#…}}` so the message can name its line.
 */
import type { TemplateProblem } from './validate-template.ts';

export interface OpenBlock {
  name: string;
  line: number;
  column: number;
}

// Comments first (they may hold braces), then block openers, inverse sections and closers.
const TAGS = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*([^\s}~]*)[^}]*\}\}/g;

function position(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** The blocks still open at the end of the template, innermost last. */
export function unclosedBlocks(source: string): OpenBlock[] {
  const open: Array<{ name: string; index: number }> = [];
  for (const match of source.matchAll(TAGS)) {
    const [, sign, name] = match;
    if (!sign) continue;
    if (sign === '/') {
      const last = open.findLastIndex((block) => block.name === name);
      if (last >= 0) open.splice(last);
    } else if (name) open.push({ name, index: match.index });
    // `{{^}}` alone is an else, not a block.
  }
  return open.map(({ name, index }) => ({ name, ...position(source, index) }));
}

/**
 * Moves a "the template ends while a block is open" problem to the block that is open:
 * "Regel 31, kolom 1: {{#if}} wordt niet afgesloten …" instead of the template's last line.
 */
export function pointAtUnclosedBlock(source: string, problems: readonly TemplateProblem[]): TemplateProblem[] {
  const [innermost] = unclosedBlocks(source).slice(-1);
  if (!innermost) return [...problems];
  return problems.map((problem) =>
    problem.code === 'syntax' && problem.line > innermost.line
      ? { line: innermost.line, column: innermost.column, code: 'syntax', message: `{{#${innermost.name}}} wordt niet afgesloten: zet {{/${innermost.name}}} aan het eind van het blok.` }
      : problem,
  );
}
