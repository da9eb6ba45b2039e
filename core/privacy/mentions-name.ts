/**
 * Whether a saved text (a search box, a filter) mentions one of the given surnames, compared
 * folded (case and accents do not matter). Clearing a search that only looks like a name is
 * harmless; keeping one that names an erased person is not. Names under three letters are
 * skipped: they would match nearly every search.
 */
import { foldText } from '../intake/fold-text.ts';

export function foldedNames(names: Iterable<string | null | undefined>): string[] {
  const folded = new Set<string>();
  for (const name of names) {
    const value = foldText(name ?? '');
    if (value.length >= 3) folded.add(value);
  }
  return [...folded];
}

export function mentionsAny(text: string | null | undefined, folded: readonly string[]): boolean {
  if (!text || folded.length === 0) return false;
  const haystack = foldText(text);
  return folded.some((name) => haystack.includes(name));
}
