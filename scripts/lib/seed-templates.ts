/**
 * Seeds the default templates from `templates/` through the REST API, at every provisioning
 * (npm start, the tests, npm run provision): adds missing ones, brings unedited ones up to
 * the new default, never touches one a functional admin changed (core/documents/plan-template-seeding.ts).
 * Through the API, so the templates hook checks every text and raises `version`, and each
 * change is a revision that can be rolled back.
 */
import { createHash } from 'node:crypto';
import { createItem, readItems, updateItem } from '@directus/sdk';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { planTemplateSeeding } from '../../core/documents/plan-template-seeding.ts';
import type { ApiClient } from './directus-client.ts';

export interface TemplateSeedingReport {
  created: string[];
  updated: string[];
  adopted: string[];
  /** Changed by a functional admin and therefore left alone. */
  edited: string[];
}

export const sourceHash = (source: string) => createHash('sha256').update(source, 'utf8').digest('hex');

export async function seedTemplates(client: ApiClient, root?: string): Promise<TemplateSeedingReport> {
  const shipped = (await readDefaultTemplates(root)).map((template) => ({ ...template, hash: sourceHash(template.source) }));
  const stored = (await client.request(readItems('templates', { fields: ['id', 'key', 'source', 'default_hash'], limit: -1 } as never))) as Array<{ id: number; key: string; source: string | null; default_hash: string | null }>;
  const plan = planTemplateSeeding(
    shipped,
    stored.map((row) => ({ id: row.id, key: row.key, sourceHash: sourceHash(row.source ?? ''), defaultHash: row.default_hash })),
  );
  // Partials first: the hook refuses a letter that includes a partial that does not exist yet.
  const partialsFirst = [...plan.create].sort((a, b) => Number(b.kind === 'partial') - Number(a.kind === 'partial'));
  for (const template of partialsFirst) await client.request(createItem('templates', template as never));
  for (const { id, source, default_hash } of plan.update) await client.request(updateItem('templates', id, { source, default_hash } as never));
  for (const { id, default_hash } of plan.adopt) await client.request(updateItem('templates', id, { default_hash } as never));
  return { created: plan.create.map((t) => t.key), updated: plan.update.map((t) => t.key), adopted: plan.adopt.map((t) => t.key), edited: plan.edited };
}
