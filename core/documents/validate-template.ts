/**
 * Checks a template before it is saved, so a functional admin hears what is wrong at once
 * (line, column, Dutch message) and a letter run never fails on a template. Checked:
 * syntax, every variable against the template's data model, every helper and partial,
 * no triple-stash (which would switch off escaping), and in a letter the rights partial.
 */
import Handlebars from 'handlebars';
import { closestName } from './closest-name.ts';
import { dataShapeOf, pathsOf, type DataShape } from './data-shape.ts';
import { dataSchemaFor, RIGHTS_PARTIAL, type TemplateKind } from './letter-data.ts';
import { BLOCK_HELPERS, HELPER_GROUP_FIELDS, LETTER_HELPERS, type HelperParam, type LetterHelper } from './letter-helpers.ts';

export type TemplateProblemCode = 'syntax' | 'unknown_variable' | 'not_a_value' | 'unknown_helper' | 'helper_arguments' | 'unknown_partial' | 'triple_stash' | 'missing_rights' | 'not_allowed';

export interface TemplateProblem {
  /** 1-based, as an editor shows it. */
  line: number;
  column: number;
  code: TemplateProblemCode;
  /** Dutch, for the functional admin; never contains data, only template text. */
  message: string;
}

export interface TemplateContext {
  key: string;
  kind: TemplateKind;
  /** Keys of the partials that exist (and are active). */
  partials: readonly string[];
}

/** "Regel 3, kolom 12: Onbekende variabele …": what the editor shows on a refused save. */
export function describeTemplateProblem(problem: TemplateProblem): string {
  return `Regel ${problem.line}, kolom ${problem.column}: ${problem.message}`;
}

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;
interface Scope {
  shape: DataShape;
  inEach: boolean;
}
type Resolved = { ok: true; shape: DataShape } | { ok: false; scope: DataShape | null };

const HELPERS = new Map<string, LetterHelper>(LETTER_HELPERS.map((helper) => [helper.name, helper]));
const BLOCKS: readonly string[] = BLOCK_HELPERS;
const EACH_DATA = ['index', 'first', 'last', 'key'];
const UNSAFE_HTML = /<\s*\/?\s*(?:script|iframe|frame|object|embed|link|meta|base|form|style|svg)\b|\son[a-z]+\s*=|javascript:/gi;

export function validateTemplate(source: string, context: TemplateContext): TemplateProblem[] {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    return [syntaxProblem(error)];
  }
  const checker = new TemplateChecker(context, dataShapeOf(dataSchemaFor(context.key, context.kind)));
  checker.program(program, [{ shape: checker.root, inEach: false }], 0);
  if (context.kind === 'letter' && !checker.rightsAtTopLevel) {
    checker.problems.push(
      checker.rightsNested
        ? { ...checker.rightsNested, code: 'missing_rights', message: `De rechten van de huurder moeten altijd in de brief staan (convenant art. 10.2): zet {{> ${RIGHTS_PARTIAL}}} niet binnen {{#if}}, {{#unless}}, {{#each}} of {{#with}}.` }
        : { line: 1, column: 1, code: 'missing_rights', message: `De rechten van de huurder ontbreken (convenant art. 10.2): neem {{> ${RIGHTS_PARTIAL}}} op in de brief.` },
    );
  }
  return checker.problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

class TemplateChecker {
  readonly problems: TemplateProblem[] = [];
  readonly root: DataShape;
  rightsAtTopLevel = false;
  rightsNested: { line: number; column: number } | null = null;

  constructor(
    private readonly context: TemplateContext,
    root: DataShape,
  ) {
    this.root = root;
  }

  program(program: hbs.AST.Program, scopes: Scope[], depth: number): void {
    for (const statement of program.body) this.statement(statement, scopes, depth);
  }

  private report(node: Node, code: TemplateProblemCode, message: string): void {
    this.problems.push({ line: node.loc.start.line, column: node.loc.start.column + 1, code, message });
  }

  private statement(node: hbs.AST.Statement, scopes: Scope[], depth: number): void {
    switch (node.type) {
      case 'ContentStatement':
        this.content(node as hbs.AST.ContentStatement);
        return;
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        if (!mustache.escaped) {
          this.report(node, 'triple_stash', 'Drie accolades {{{ … }}} of {{& … }} zetten de beveiliging uit. Gebruik twee accolades: {{ … }}; elke waarde wordt dan veilig weergegeven.');
        }
        this.mustache(mustache, scopes);
        return;
      }
      case 'BlockStatement':
        this.block(node as hbs.AST.BlockStatement, scopes, depth);
        return;
      case 'PartialStatement':
        this.partial(node as hbs.AST.PartialStatement, depth);
        return;
      default:
        this.report(node, 'not_allowed', 'Deelsjablonen met een blok ({{#> …}}) en decorators ({{* …}}, {{#* inline}}) zijn in brieven niet toegestaan.');
    }
  }

  /**
   * Scripts, frames and outside resources have no place in a letter: the printer blocks
   * them anyway, but the preview in the app shows this HTML too.
   */
  private content(node: hbs.AST.ContentStatement): void {
    // The typings call `original` StripFlags; at runtime it is the text before whitespace control.
    const text = String((node as unknown as { original?: string }).original ?? node.value);
    for (const match of text.matchAll(UNSAFE_HTML)) {
      const before = text.slice(0, match.index + (match[0].length - match[0].trimStart().length));
      const lines = before.split('\n');
      const line = node.loc.start.line + lines.length - 1;
      const column = (lines.length === 1 ? node.loc.start.column : 0) + (lines.at(-1)?.length ?? 0) + 1;
      this.problems.push({ line, column, code: 'not_allowed', message: `"${match[0].trim()}" is in een brief niet toegestaan: geen scripts, frames, formulieren, stijlblokken of inhoud van buiten.` });
    }
  }

  private mustache(node: hbs.AST.MustacheStatement, scopes: Scope[]): void {
    if (node.path.type !== 'PathExpression') {
      this.report(node, 'not_allowed', 'Dit soort uitdrukking is in brieven niet toegestaan; gebruik een variabele of een helper.');
      return;
    }
    const path = node.path as hbs.AST.PathExpression;
    const name = path.original;
    const helper = !path.data && path.depth === 0 && path.parts.length === 1 ? HELPERS.get(name) : undefined;
    if (helper) {
      this.helperCall(node, helper, node.params, node.hash, scopes);
      return;
    }
    if (BLOCKS.includes(name)) {
      this.report(node, 'not_allowed', `{{${name}}} werkt alleen als blok: {{#${name} …}} … {{/${name}}}.`);
      return;
    }
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      this.unknownHelper(node, name);
      return;
    }
    const resolved = this.resolve(path, scopes);
    if (!resolved.ok) this.unknownVariable(path, resolved.scope);
    else if (resolved.shape.kind !== 'value') {
      this.report(node, 'not_a_value', `"${name}" is een groep gegevens, geen tekst. Kies een veld, bijvoorbeeld ${examplesOf(resolved.shape, name)}, of gebruik een helper zoals {{fullName ${name}}}.`);
    }
  }

  private helperCall(node: Node, helper: LetterHelper, params: Expression[], hash: hbs.AST.Hash | undefined, scopes: Scope[]): void {
    if ((hash?.pairs.length ?? 0) > 0) {
      this.report(node, 'helper_arguments', `De helper ${helper.name} kent geen opties met "=". Voorbeeld: ${helper.example}.`);
    }
    if (params.length !== helper.params.length) {
      this.report(node, 'helper_arguments', `De helper ${helper.name} verwacht ${helper.params.length === 1 ? 'één waarde' : `${helper.params.length} waarden`}. Voorbeeld: ${helper.example}.`);
      return;
    }
    params.forEach((param, index) => this.argument(param, helper.params[index] ?? 'value', helper, scopes));
  }

  private argument(param: Expression, expected: HelperParam, helper: LetterHelper, scopes: Scope[]): void {
    let shape: DataShape = { kind: 'value' };
    if (param.type === 'PathExpression') {
      const resolved = this.resolve(param as hbs.AST.PathExpression, scopes);
      if (!resolved.ok) {
        this.unknownVariable(param as hbs.AST.PathExpression, resolved.scope);
        return;
      }
      shape = resolved.shape;
    } else if (param.type === 'SubExpression') {
      const sub = param as hbs.AST.SubExpression;
      const name = (sub.path as hbs.AST.PathExpression).original;
      const inner = HELPERS.get(name);
      if (!inner) {
        this.unknownHelper(param, name);
        return;
      }
      this.helperCall(param, inner, sub.params, sub.hash, scopes);
    }
    const fits = expected === 'value' ? shape.kind === 'value' : shape.kind === 'object' && HELPER_GROUP_FIELDS[expected].every((field) => field in shape.fields);
    if (!fits) {
      const wanted = expected === 'value' ? 'één waarde (tekst, getal of datum)' : expected === 'person' ? 'een persoon, zoals addressee' : 'een adres, zoals addressee';
      this.report(param, 'helper_arguments', `De helper ${helper.name} verwacht ${wanted}. Voorbeeld: ${helper.example}.`);
    }
  }

  private block(node: hbs.AST.BlockStatement, scopes: Scope[], depth: number): void {
    const name = (node.path as hbs.AST.PathExpression).original;
    if (!BLOCKS.includes(name)) {
      if (HELPERS.has(name)) this.report(node, 'not_allowed', `De helper ${name} is geen blok; gebruik {{${name} …}} zonder # en zonder {{/${name}}}.`);
      else this.report(node, 'unknown_helper', `Onbekend blok {{#${name}}}. Toegestaan zijn {{#if}}, {{#unless}}, {{#each}} en {{#with}}.`);
      return;
    }
    let inner: Scope[] = scopes;
    if (node.params.length !== 1 || (node.hash?.pairs.length ?? 0) > 0) {
      this.report(node, 'helper_arguments', `{{#${name}}} verwacht precies één variabele, bijvoorbeeld {{#${name} ${name === 'each' ? 'lijst' : 'addressee.prefix'}}}.`);
    } else {
      const param = node.params[0] as Expression;
      const resolved = param.type === 'PathExpression' ? this.resolve(param as hbs.AST.PathExpression, scopes) : null;
      if (resolved && !resolved.ok) this.unknownVariable(param as hbs.AST.PathExpression, resolved.scope);
      else if (name === 'each' || name === 'with') {
        const shape = resolved?.ok ? resolved.shape : null;
        if (name === 'each' && shape?.kind === 'array') inner = [...scopes, { shape: shape.element, inEach: true }];
        else if (name === 'with' && shape?.kind === 'object') inner = [...scopes, { shape, inEach: false }];
        else {
          this.report(param, 'not_a_value', name === 'each' ? `{{#each}} werkt alleen met een lijst; "${printExpression(param)}" is geen lijst.` : `{{#with}} werkt alleen met een groep gegevens; "${printExpression(param)}" is geen groep.`);
          return;
        }
      } else if (param.type === 'SubExpression') this.argument(param, 'value', { name, params: ['value'], description: '', example: `{{#${name} …}}`, format: () => '' }, scopes);
    }
    this.program(node.program, inner, depth + 1);
    if (node.inverse) this.program(node.inverse, scopes, depth + 1);
  }

  private partial(node: hbs.AST.PartialStatement, depth: number): void {
    if (node.name.type !== 'PathExpression') {
      this.report(node, 'not_allowed', 'De naam van een deelsjabloon moet vast zijn: {{> naam}}.');
      return;
    }
    const name = (node.name as hbs.AST.PathExpression).original;
    if (this.context.kind === 'partial') {
      this.report(node, 'not_allowed', `Een deelsjabloon kan geen ander deelsjabloon opnemen ({{> ${name}}}); zet het in de brief zelf.`);
      return;
    }
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      this.report(node, 'not_allowed', `Geef een deelsjabloon geen eigen gegevens mee: schrijf {{> ${name}}}. Het ziet dezelfde gegevens als de brief.`);
    }
    if (!this.context.partials.includes(name)) {
      const suggestion = closestName(name, this.context.partials);
      this.report(node, 'unknown_partial', `Onbekend deelsjabloon {{> ${name}}}.${suggestion ? ` Bedoelt u {{> ${suggestion}}}?` : ''} Beschikbaar: ${this.context.partials.join(', ') || 'geen'}.`);
      return;
    }
    if (name === RIGHTS_PARTIAL) {
      if (depth === 0) this.rightsAtTopLevel = true;
      else this.rightsNested ??= { line: node.loc.start.line, column: node.loc.start.column + 1 };
    }
  }

  /** Handlebars looks a name up in the current context only (and `../` one level out), never further. */
  private resolve(path: hbs.AST.PathExpression, scopes: Scope[]): Resolved {
    let shape: DataShape | undefined;
    let parts = path.parts;
    if (path.data) {
      const [first, ...rest] = parts;
      if (first === 'root') {
        shape = this.root;
        parts = rest;
      } else {
        const scope = scopes[scopes.length - 1 - path.depth];
        return first && EACH_DATA.includes(first) && rest.length === 0 && scope?.inEach ? { ok: true, shape: { kind: 'value' } } : { ok: false, scope: null };
      }
    } else {
      shape = scopes[scopes.length - 1 - path.depth]?.shape;
    }
    if (!shape) return { ok: false, scope: null };
    const start = shape;
    for (const part of parts) {
      if (shape?.kind !== 'object' || !Object.hasOwn(shape.fields, part)) return { ok: false, scope: start };
      shape = shape.fields[part];
    }
    return shape ? { ok: true, shape } : { ok: false, scope: start };
  }

  private unknownVariable(path: hbs.AST.PathExpression, scope: DataShape | null): void {
    const name = path.original;
    if (path.data && !name.startsWith('@root')) {
      this.report(path, 'unknown_variable', `Onbekende variabele "${name}". @index, @first, @last en @key bestaan alleen binnen {{#each}}.`);
      return;
    }
    const prefix = name.slice(0, name.length - path.parts.join('.').length);
    const suggestion = scope ? closestName(path.parts.join('.'), pathsOf(scope)) : null;
    this.report(path, 'unknown_variable', `Onbekende variabele "${name}".${suggestion ? ` Bedoelt u "${prefix}${suggestion}"?` : ''} ${this.context.kind === 'letter' ? 'Deze brief' : 'Een deelsjabloon'} kent alleen de gegevens uit het voorbeeld.`);
  }

  private unknownHelper(node: Node, name: string): void {
    const suggestion = closestName(name, [...HELPERS.keys()]);
    this.report(node, 'unknown_helper', `Onbekende helper "${name}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ''} Beschikbaar: ${[...HELPERS.keys()].join(', ')}.`);
  }
}

function examplesOf(shape: DataShape, name: string): string {
  const first = pathsOf(shape)[0];
  return first ? `{{${name}.${first}}}` : `{{${name}.…}}`;
}

function printExpression(expression: Expression): string {
  return expression.type === 'PathExpression' ? (expression as hbs.AST.PathExpression).original : expression.type;
}

/** Handlebars's own messages are English parser jargon; the admin gets the place and a Dutch hint. */
function syntaxProblem(error: unknown): TemplateProblem {
  const text = error instanceof Error ? error.message : String(error);
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(text);
  if (mismatch) {
    return { line: Number(mismatch[3]), column: Number(mismatch[4]) + 1, code: 'syntax', message: `{{/${mismatch[2]}}} sluit het blok {{#${mismatch[1]}}} niet af. Sluit eerst het binnenste blok.` };
  }
  // The parser keeps the position of the token it choked on; its message only has the line.
  const location = (Handlebars as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
  const lineInMessage = /on line (\d+)/.exec(text);
  const line = location?.first_line ?? (lineInMessage ? Number(lineInMessage[1]) : 1);
  const column = (location?.first_column ?? 0) + 1;
  const got = /got '([A-Z_]+)'/.exec(text)?.[1];
  const message =
    got === 'EOF'
      ? 'Het sjabloon houdt op terwijl een blok nog open staat: sluit elk {{#…}} af met {{/…}}.'
      : got === 'INVERSE' || got === 'OPEN_INVERSE'
        ? '{{else}} mag alleen binnen een {{#if}}-, {{#unless}}- of {{#each}}-blok staan.'
        : got === 'CLOSE' || got === 'CLOSE_UNESCAPED'
          ? 'Tussen de accolades ontbreekt een naam, of er staat een accolade te veel: {{ naam }}.'
          : got === 'INVALID' || text.startsWith('Lexical error')
            ? 'Hier staat een teken dat binnen {{ }} niet kan, of een accolade {{ wordt niet gesloten met }}.'
            : 'De opbouw klopt hier niet: controleer de accolades {{ }} en of elk {{#…}} wordt gesloten met {{/…}}.';
  return { line, column, code: 'syntax', message };
}
