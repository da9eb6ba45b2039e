/**
 * What a Dutch user must never see on a page of the app: Directus's "page not found" or
 * permission errors, English text that Directus shows where its Dutch translation lacks a
 * phrase, raw codes from the data model, ISO dates, programmer's values ("true", "--",
 * "2.5"), an empty part of a title ("Zaak · · december") and internal keys ("9731HM|60||").
 * Used by the browser suites as one detector.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { collections } from '../../directus/schema/model.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';

/** Directus's own Dutch error phrases (nl-NL) and the English ones it falls back to. */
const ERROR_PHRASES = [/Pagina niet gevonden/, /Item niet gevonden/, /Veld niet gevonden/, /(Interface|Display|Bewerking) ".*" niet gevonden/, /^Geen toegang$/m, /Onverwachte fout/, /FORBIDDEN/, /^Verboden$/m, /permission to access/i, /Page Not Found/i, /Unexpected Error/i];

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?\b/;
const PROGRAMMER_VALUES = new Set(['true', 'false', 'null', 'undefined', 'NaN', '[object Object]', '--', 'Ingeschakeld', 'Uitgeschakeld']);
const EMPTY_PLACEHOLDER = /(^|\s)--(\s|$)/;
/**
 * What an empty part of a title leaves between its separators: "Zaak · · december". Not a
 * separator at the end of a line: a label (a route, a kind) that follows it is a line of its own.
 */
const EMPTY_TITLE_PART = /·\s*·/;
const DOT_DECIMAL = /^-?\d+\.\d+$/;
const JOINED_KEY = /\b[0-9A-Z]{6}\|[^\s|]*\|/;

/** Every choice value of the data model that is a code rather than a word for people. */
export function rawCodesOfModel(): Set<string> {
  const codes = new Set<string>();
  for (const collection of collections) {
    for (const field of collection.fields) {
      const choices = (field.meta.options as { choices?: Array<{ value: unknown; text?: unknown }> } | undefined)?.choices ?? [];
      for (const choice of choices) {
        if (typeof choice.value !== 'string' || !/^[a-z][a-z_-]*$/.test(choice.value)) continue;
        // "open" reads as Dutch; every other lower-case code is English or a key.
        if (choice.value === 'open') continue;
        codes.add(choice.value);
      }
    }
  }
  return codes;
}

type Messages = Record<string, unknown>;
const flatten = (messages: Messages, prefix = ''): Array<[string, string]> =>
  Object.entries(messages).flatMap(([key, value]) => (value && typeof value === 'object' ? flatten(value as Messages, `${prefix}${key}.`) : typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : []));

/**
 * The English phrases Directus shows to a Dutch user: the en-US messages whose key the
 * nl-NL translation lacks (vue-i18n falls back to English for those).
 */
export async function untranslatedDirectusPhrases(): Promise<Set<string>> {
  const assets = fromRoot('node_modules', '@directus', 'app', 'dist', 'assets');
  const files = await readdir(assets);
  const load = async (prefix: string) => {
    for (const file of files.filter((name) => name.startsWith(prefix) && name.endsWith('.js'))) {
      const module = (await import(path.join(assets, file))) as Record<string, unknown>;
      const candidate = (module.default ?? Object.values(module).find((value) => value && typeof value === 'object' && 'default' in (value as object))) as Messages | undefined;
      const messages = (candidate && 'default' in candidate ? candidate.default : candidate) as Messages | undefined;
      if (messages && Object.keys(messages).length > 100) return new Map(flatten(messages));
    }
    throw new Error(`No ${prefix} messages found in ${assets}`);
  };
  const [english, dutch] = await Promise.all([load('en-US-'), load('nl-NL-')]);
  const phrases = new Set<string>();
  for (const [key, value] of english) {
    if (dutch.has(key)) continue;
    // Plural forms "a | b | c" and placeholders: only the plain singular phrase is matched.
    const phrase = value.split(' | ')[0]!.trim();
    if (phrase.length >= 4 && !/[{}@]/.test(phrase)) phrases.add(phrase);
  }
  return phrases;
}

export interface PageText {
  where: string;
  text: string;
}

/** The problems on one page, each a short Dutch-free description for the test report. */
export function problemsOn({ where, text }: PageText, context: { rawCodes: Set<string>; englishPhrases: Set<string> }): string[] {
  const problems: string[] = [];
  for (const phrase of ERROR_PHRASES) if (phrase.test(text)) problems.push(`${where}: error "${text.match(phrase)![0]}"`);
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    if (context.englishPhrases.has(line)) problems.push(`${where}: English "${line}"`);
    if (PROGRAMMER_VALUES.has(line)) problems.push(`${where}: raw value "${line}"`);
    // Directus's placeholder for an empty field inside a line: a title "J. -- Jansen".
    else if (EMPTY_PLACEHOLDER.test(line)) problems.push(`${where}: placeholder "--" in "${line.slice(0, 80)}"`);
    if (EMPTY_TITLE_PART.test(line)) problems.push(`${where}: empty part in title "${line.slice(0, 80)}"`);
    if (DOT_DECIMAL.test(line)) problems.push(`${where}: number with a decimal point "${line}"`);
    if (ISO_DATE.test(line)) problems.push(`${where}: ISO date in "${line.slice(0, 80)}"`);
    if (JOINED_KEY.test(line)) problems.push(`${where}: internal key in "${line.slice(0, 80)}"`);
    for (const word of line.split(/[^a-z_-]+/)) if (word.length > 2 && context.rawCodes.has(word) && (word.includes('_') || word === line)) problems.push(`${where}: raw code "${word}"`);
  }
  return [...new Set(problems)];
}
