/**
 * An isolated Handlebars instance for letters: only our helpers, none of the global
 * registrations another module might make, and no `log` (it would write personal data
 * to the console) or `lookup` (it reads a variable the validator cannot see).
 */
import Handlebars from 'handlebars';
import { BLOCK_HELPERS, LETTER_HELPERS } from './letter-helpers.ts';

export type LetterHandlebars = typeof Handlebars;

export function createLetterHandlebars(): LetterHandlebars {
  const instance = Handlebars.create();
  instance.unregisterHelper('log');
  instance.unregisterHelper('lookup');
  for (const helper of LETTER_HELPERS) {
    instance.registerHelper(helper.name, (...args: unknown[]) => {
      // Handlebars passes its options object last; the helper only sees the arguments.
      const values = args.slice(0, -1);
      if (values.length !== helper.params.length) throw new Error(`De helper ${helper.name} verwacht ${helper.params.length} waarde(n).`);
      return (helper.format as (...values: unknown[]) => string)(...values);
    });
  }
  return instance;
}

/**
 * Compile options for every letter and partial: strict (a missing variable is an error,
 * not an empty spot in a letter) and only known helpers.
 */
export const LETTER_COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries([...BLOCK_HELPERS, ...LETTER_HELPERS.map((helper) => helper.name)].map((name) => [name, true])),
  preventIndent: true,
};
