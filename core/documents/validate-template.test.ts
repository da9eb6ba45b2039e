import { describe, expect, test } from 'vitest';
import { PARTIAL_KEYS, type TemplateKind } from './letter-data.ts';
import { describeTemplateProblem, validateTemplate, type TemplateProblemCode } from './validate-template.ts';

const RIGHTS = '\n{{> rights}}';
type Expected = [line: number, column: number, code: TemplateProblemCode, messagePart: string];

function problems(source: string, kind: TemplateKind = 'letter', key = 'privacy_information'): Expected[] {
  return validateTemplate(source, { key, kind, partials: PARTIAL_KEYS }).map((problem) => [problem.line, problem.column, problem.code, problem.message]);
}

describe('validateTemplate', () => {
  test.each<[string, string, TemplateKind, string]>([
    ['a letter with partials, helpers and blocks', `{{> letterhead}}\n<p>{{salutation addressee}},</p>\n{{#if addressee.prefix}}{{addressee.prefix}}{{else}}-{{/if}}${RIGHTS}`, 'letter', 'privacy_information'],
    ['the invitation with its own variables', `{{weekdayDate appointment.date}} {{time appointment.time}} {{caseManagers.participation.name}}${RIGHTS}`, 'letter', 'invitation_municipality'],
    ['context blocks, ../ and @root', `{{#with addressee}}{{surname}} {{../letter.date}} {{@root.letter.reference}}{{/with}}${RIGHTS}`, 'letter', 'privacy_information'],
    ['a sub-expression as an argument', `{{date (date letter.date)}}${RIGHTS}`, 'letter', 'privacy_information'],
    ['a partial with the common variables', '<p>{{fullName addressee}}, {{streetLine addressee}}</p>', 'partial', 'address_block'],
    ['comments and plain HTML', `{{!-- opmerking --}}<p class="x">Tekst</p>${RIGHTS}`, 'letter', 'privacy_information'],
  ])('accepts %s', (_name, source, kind, key) => {
    expect(problems(source, kind, key)).toEqual([]);
  });

  test.each<[string, string, TemplateKind, string, Expected[]]>([
    ['an unclosed block', `a\n{{#if letter.date}}\nb${RIGHTS}`, 'letter', 'privacy_information', [[4, 13, 'syntax', 'houdt op terwijl een blok nog open staat']]],
    ['blocks closed in the wrong order', '{{#if letter.date}}\n  {{#each x}}{{/if}}', 'letter', 'privacy_information', [[2, 6, 'syntax', '{{/if}} sluit het blok {{#each}} niet af']]],
    ['a stray else', 'x {{else}} y', 'letter', 'privacy_information', [[1, 3, 'syntax', '{{else}} mag alleen binnen']]],
    ['empty braces', 'x\n {{ }} y', 'letter', 'privacy_information', [[2, 5, 'syntax', 'ontbreekt een naam']]],
    ['an unterminated string', 'x {{a b="}} y', 'letter', 'privacy_information', [[1, 9, 'syntax', 'teken dat binnen {{ }} niet kan']]],
    ['a misspelt variable', `<p>\n  {{adressee.surname}}</p>${RIGHTS}`, 'letter', 'privacy_information', [[2, 5, 'unknown_variable', 'Onbekende variabele "adressee.surname". Bedoelt u "addressee.surname"?']]],
    ['a variable of another letter', `{{appointment.date}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 3, 'unknown_variable', 'Onbekende variabele "appointment.date"']]],
    ['a letter-only variable in a partial', '{{amw.name}}', 'partial', 'signature', [[1, 3, 'unknown_variable', 'Een deelsjabloon kent alleen']]],
    ['an unknown letter key (checked against the common part)', `{{appointment.date}}${RIGHTS}`, 'letter', 'reminder', [[1, 3, 'unknown_variable', 'appointment.date']]],
    ['a misspelt field inside with', `{{#with addressee}}{{surnaam}}{{/with}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 22, 'unknown_variable', 'Bedoelt u "surname"?']]],
    ['@index outside each', `{{@index}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 3, 'unknown_variable', 'alleen binnen {{#each}}']]],
    ['a group printed as text', `{{addressee}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'not_a_value', '"addressee" is een groep gegevens']]],
    ['an unknown helper', `{{datum letter.date}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'unknown_helper', 'Onbekende helper "datum"']]],
    ['lookup, which hides a variable', `{{lookup addressee "surname"}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'unknown_helper', 'Onbekende helper "lookup"']]],
    ['log, which would write personal data to a log', `{{log addressee.surname}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'unknown_helper', 'Onbekende helper "log"']]],
    ['an unknown block', `{{#each-letter x}}{{/each-letter}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'unknown_helper', 'Onbekend blok']]],
    ['a helper without its argument', `{{date}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'helper_arguments', 'De helper date verwacht één waarde']]],
    ['a helper with a text where it needs a person', `{{salutation addressee.surname}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 14, 'helper_arguments', 'verwacht een persoon']]],
    ['a helper with a group where it needs a value', `{{date letter}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 8, 'helper_arguments', 'verwacht één waarde']]],
    ['a helper with options', `{{date letter.date format="kort"}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'helper_arguments', 'kent geen opties']]],
    ['if without a condition', `{{#if}}x{{/if}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'helper_arguments', 'verwacht precies één variabele']]],
    ['each over something that is not a list', `{{#each addressee}}x{{/each}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 9, 'not_a_value', 'werkt alleen met een lijst']]],
    ['triple-stash', `{{{settings.footer}}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'triple_stash', 'Drie accolades']]],
    ['the ampersand form of triple-stash', `x {{& settings.footer}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 3, 'triple_stash', 'zetten de beveiliging uit']]],
    ['a letter without the rights', '<p>Brief</p>', 'letter', 'privacy_information', [[1, 1, 'missing_rights', 'De rechten van de huurder ontbreken (convenant art. 10.2)']]],
    ['the rights inside a condition', '<p>Brief</p>\n{{#if addressee.prefix}}{{> rights}}{{/if}}', 'letter', 'privacy_information', [[2, 25, 'missing_rights', 'niet binnen {{#if}}']]],
    ['an unknown partial', `{{> footer}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'unknown_partial', 'Onbekend deelsjabloon {{> footer}}']]],
    ['a misspelt partial', `{{> letterheat}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'unknown_partial', 'Bedoelt u {{> letterhead}}?']]],
    ['a partial given its own data', `{{> address_block addressee}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'not_allowed', 'Geef een deelsjabloon geen eigen gegevens mee']]],
    ['a partial inside a partial', '{{> rights}}', 'partial', 'signature', [[1, 1, 'not_allowed', 'geen ander deelsjabloon opnemen']]],
    ['a dynamic partial', `{{> (letter.reference)}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'not_allowed', 'moet vast zijn']]],
    ['an inline partial', `{{#*inline "x"}}y{{/inline}}${RIGHTS}`, 'letter', 'privacy_information', [[1, 1, 'not_allowed', 'decorators']]],
    ['a script and an event handler', `<p>hoi</p>\n  <img src="x" onerror="alert(1)"><script>1</script>${RIGHTS}`, 'letter', 'privacy_information', [[2, 16, 'not_allowed', '"onerror="'], [2, 35, 'not_allowed', '"<script"'], [2, 44, 'not_allowed', '"</script"']]],
  ])('refuses %s', (_name, source, kind, key, expected) => {
    const found = problems(source, kind, key);
    expect(found.map(([line, column, code]) => [line, column, code])).toEqual(expected.map(([line, column, code]) => [line, column, code]));
    found.forEach(([, , , message], index) => expect(message).toContain(expected[index]?.[3]));
  });

  test('a problem reads with its place in the template', () => {
    expect(describeTemplateProblem({ line: 3, column: 12, code: 'unknown_variable', message: 'Onbekende variabele "x".' })).toBe('Regel 3, kolom 12: Onbekende variabele "x".');
  });

  test('every problem of a template is listed in one pass, in reading order', () => {
    const found = problems('{{{a}}}\n{{b}}\n{{> c}}');
    expect(found.map(([line, , code]) => [line, code])).toEqual([[1, 'triple_stash'], [1, 'missing_rights'], [1, 'unknown_variable'], [2, 'unknown_variable'], [3, 'unknown_partial']]);
  });
});
