/**
 * The preview beside the template editor: the edited template rendered with the sample
 * data, among the other templates as they are stored. A letter previews as the whole
 * letter; a partial on its own page with the letter's print style. Problems come back as
 * the validator's list, so the editor can show them at their line.
 */
import { createLetterHandlebars, LETTER_COMPILE_OPTIONS } from './letter-handlebars.ts';
import { sampleDataFor } from './letter-samples.ts';
import { createLetterRenderer, letterDocumentHtml, renderLetterHtml, TemplateSetError, type TemplateSource } from './render-letter-html.ts';
import { validateTemplate, type TemplateProblem } from './validate-template.ts';

export type TemplatePreview = { ok: true; html: string } | { ok: false; problems: TemplateProblem[] };

export function previewTemplate(stored: readonly TemplateSource[], edited: TemplateSource): TemplatePreview {
  const templates = [...stored.filter((template) => template.key !== edited.key), edited];
  const partials = templates.filter((template) => template.kind === 'partial').map((template) => template.key);
  const problems = validateTemplate(edited.source, { key: edited.key, kind: edited.kind, partials });
  if (problems.length > 0) return { ok: false, problems };
  const data = sampleDataFor(edited.key);
  if (edited.kind === 'letter') {
    try {
      return { ok: true, html: renderLetterHtml(createLetterRenderer(templates), { key: edited.key, data }) };
    } catch (error) {
      // Another (stored) template is broken; the edited one is fine, so say which one is not.
      if (error instanceof TemplateSetError) return { ok: false, problems: error.problems.map(({ key, problem }) => ({ ...problem, message: `In sjabloon ${key}: ${problem.message}` })) };
      throw error;
    }
  }
  const body = createLetterHandlebars().compile(edited.source, LETTER_COMPILE_OPTIONS)(data);
  return { ok: true, html: letterDocumentHtml([body], { title: 'Voorbeeld', footer: data.settings.footer }) };
}
