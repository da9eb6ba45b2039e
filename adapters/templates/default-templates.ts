/** Reads the default templates (manifest plus Handlebars files) from `templates/`, for seeding and tests. */
import { readFile } from 'node:fs/promises';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { DEFAULT_TEMPLATES, type DefaultTemplate } from '../../templates/manifest.ts';

export interface DefaultTemplateWithSource extends DefaultTemplate {
  source: string;
}

export async function readDefaultTemplates(root: string = fromRoot('templates')): Promise<DefaultTemplateWithSource[]> {
  return Promise.all(DEFAULT_TEMPLATES.map(async (template) => ({ ...template, source: await readFile(`${root}/${template.file}`, 'utf8') })));
}
