/**
 * What happens when a template is saved (the templates hook calls this): the new text is
 * checked with the validator among the stored partials, a refusal names line and problem
 * in Dutch, and `version` goes up by one on every change of the text. The version is the
 * system's, never the sender's: a document records the version it used.
 */
import { pointAtUnclosedBlock } from './unclosed-block.ts';
import { describeTemplateProblem, validateTemplate, type TemplateProblem } from './validate-template.ts';

export interface StoredTemplateRow {
  key: string;
  kind: string;
  source: string | null;
  version: number | null;
}

export type TemplateSaveDecision = { ok: true; payload: Record<string, unknown> } | { ok: false; message: string; problems: TemplateProblem[] };

/** How many problems a refusal names; the editor's preview shows them all. */
const MAX_PROBLEMS_IN_MESSAGE = 5;

/**
 * @param current the stored template, or null on create
 * @param payload what the app or API sends
 * @param storedPartials keys of the partials in the database
 */
export function decideTemplateSave(current: StoredTemplateRow | null, payload: Record<string, unknown>, storedPartials: readonly string[]): TemplateSaveDecision {
  const { version: _ignored, ...rest } = payload;
  const touchesText = current === null || 'source' in rest || 'kind' in rest || 'key' in rest;
  if (!touchesText) return { ok: true, payload: rest };

  const key = String(rest.key ?? current?.key ?? '');
  const kind = String(rest.kind ?? current?.kind ?? '');
  const source = typeof rest.source === 'string' ? rest.source : (current?.source ?? '');
  const partials = new Set(storedPartials);
  if (kind === 'partial') partials.add(key);
  // Export templates are not letters: only their syntax is checked (exports are built with exceljs).
  const found = validateTemplate(source, { key, kind: kind === 'letter' ? 'letter' : 'partial', partials: [...partials] }).filter((problem) => kind !== 'export' || problem.code === 'syntax');
  const problems = pointAtUnclosedBlock(source, found);
  if (problems.length > 0) return { ok: false, message: refusal(problems), problems };

  if (current === null) return { ok: true, payload: { ...rest, version: 1 } };
  const textChanged = typeof rest.source === 'string' && rest.source !== current.source;
  return { ok: true, payload: textChanged ? { ...rest, version: (current.version ?? 1) + 1 } : rest };
}

function refusal(problems: readonly TemplateProblem[]): string {
  const named = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map(describeTemplateProblem);
  const more = problems.length - named.length;
  return `Het sjabloon is niet opgeslagen. ${named.join(' ')}${more > 0 ? ` En nog ${more} ${more === 1 ? 'probleem' : 'problemen'}: zie het voorbeeld.` : ''}`;
}
