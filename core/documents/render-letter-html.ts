/**
 * Renders letters to HTML, the first of two steps (the PDF printer is the second), so
 * templates are tested as HTML without a browser. Every template is validated before it
 * is compiled, and every letter's data is checked against its data model before it is
 * rendered: a letter goes out complete or not at all.
 */
import { createLetterHandlebars, LETTER_COMPILE_OPTIONS } from './letter-handlebars.ts';
import { dataSchemaFor, type LetterBaseData, type TemplateKind } from './letter-data.ts';
import { printCss } from './print-css.ts';
import { describeTemplateProblem, validateTemplate, type TemplateProblem } from './validate-template.ts';

export interface TemplateSource {
  key: string;
  kind: TemplateKind;
  source: string;
}

export class TemplateSetError extends Error {
  constructor(readonly problems: ReadonlyArray<{ key: string; problem: TemplateProblem }>) {
    super(`Sjablonen met fouten: ${problems.map(({ key, problem }) => `${key}: ${describeTemplateProblem(problem)}`).join('; ')}`);
    this.name = 'TemplateSetError';
  }
}

/** Names the fields that do not fit, never their values: this message may reach a log. */
export class LetterDataError extends Error {
  constructor(
    readonly key: string,
    readonly fields: readonly string[],
  ) {
    super(`De gegevens voor brief ${key} zijn niet compleet of kloppen niet: ${fields.join(', ')}.`);
    this.name = 'LetterDataError';
  }
}

export interface LetterToRender {
  key: string;
  data: unknown;
}

export interface LetterRenderer {
  /** The letter's own HTML (no <html>, no CSS), after checking the data. */
  renderBody(key: string, data: unknown): string;
  /** The data after checking (trimmed), e.g. for the footer of a batch. */
  checkData(key: string, data: unknown): LetterBaseData;
}

export function createLetterRenderer(templates: readonly TemplateSource[]): LetterRenderer {
  const partials = templates.filter((template) => template.kind === 'partial').map((template) => template.key);
  const problems = templates.flatMap((template) => validateTemplate(template.source, { key: template.key, kind: template.kind, partials }).map((problem) => ({ key: template.key, problem })));
  if (problems.length > 0) throw new TemplateSetError(problems);

  const handlebars = createLetterHandlebars();
  for (const partial of templates.filter((template) => template.kind === 'partial')) {
    handlebars.registerPartial(partial.key, handlebars.compile(partial.source, LETTER_COMPILE_OPTIONS));
  }
  const letters = new Map(templates.filter((template) => template.kind === 'letter').map((template) => [template.key, handlebars.compile(template.source, LETTER_COMPILE_OPTIONS)]));

  function checkData(key: string, data: unknown): LetterBaseData {
    const parsed = dataSchemaFor(key, 'letter').safeParse(data);
    if (!parsed.success) throw new LetterDataError(key, [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(alles)'))]);
    return parsed.data as LetterBaseData;
  }

  return {
    checkData,
    renderBody(key, data) {
      const template = letters.get(key);
      if (!template) throw new Error(`Geen briefsjabloon met sleutel ${key}.`);
      return template(checkData(key, data));
    },
  };
}

function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The id of the n-th letter (0-based) in a batch; the PDF names its first page after it. */
export function letterAnchor(index: number): string {
  return `letter-${index + 1}`;
}

/**
 * A print-ready HTML document: each body starts on a new page. The title becomes the PDF's
 * title, which anyone can read in the file's properties, so it never holds a name.
 *
 * With `anchors`, each letter gets an id and an invisible link to it: Chromium then writes
 * a named destination per letter into the PDF, which tells on which page each letter
 * starts, so the batch can be cut into one PDF per household without printing again.
 */
export function letterDocumentHtml(bodies: readonly string[], options: { title: string; footer: string; anchors?: boolean }): string {
  const sections = bodies.map((body, index) => `<section class="letter"${options.anchors ? ` id="${letterAnchor(index)}"` : ''}>\n${body.trim()}\n</section>`).join('\n');
  const links = options.anchors ? `\n<nav class="letter-anchors" aria-hidden="true">${bodies.map((_, index) => `<a href="#${letterAnchor(index)}"></a>`).join('')}</nav>` : '';
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${htmlText(options.title)}</title>
<style>${printCss(options.footer)}</style>
</head>
<body>
${sections}${links}
</body>
</html>
`;
}

/** One letter as a whole HTML document, for a preview or a per-household PDF. */
export function renderLetterHtml(renderer: LetterRenderer, letter: LetterToRender): string {
  const data = renderer.checkData(letter.key, letter.data);
  return letterDocumentHtml([renderer.renderBody(letter.key, data)], { title: `Brief ${data.settings.municipalityName}`, footer: data.settings.footer });
}

/**
 * Many letters in one document for the post room, each on a new page, in the order
 * given (the caller sorts by postcode). The footer is the first letter's: one run, one
 * municipality.
 */
export function renderLetterBatchHtml(renderer: LetterRenderer, letters: readonly LetterToRender[]): string {
  const first = letters[0];
  if (!first) throw new Error('Een printbestand zonder brieven kan niet.');
  const settings = renderer.checkData(first.key, first.data).settings;
  return letterDocumentHtml(
    letters.map((letter) => renderer.renderBody(letter.key, letter.data)),
    { title: `Brieven ${settings.municipalityName}`, footer: settings.footer, anchors: true },
  );
}
