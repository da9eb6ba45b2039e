/**
 * Editing templates safely (issue 11): every create and update of a template is checked
 * (syntax, variables, helpers, partials, the rights paragraph) among the stored partials,
 * and refused with a Dutch message naming line and problem; `version` goes up by one on
 * every change of the text (core/documents/template-save.ts). Directus keeps each save as
 * a revision, so a change can be rolled back (POST /utils/revert/<revision> passes here too).
 * Log lines name keys and counts, never template text.
 */
import { decideTemplateSave, type StoredTemplateRow } from '../../../core/documents/template-save.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

type Knex = import('knex').Knex;

async function storedPartials(database: Knex): Promise<string[]> {
  const rows = (await database('templates').select('key', 'active').where({ kind: 'partial' })) as Array<{ key: string; active: boolean | number | null }>;
  // An inactive partial is not rendered, so a letter may not rely on it.
  return rows.filter((row) => row.active !== false && row.active !== 0).map((row) => row.key);
}

export function registerTemplateHooks({ filter }: Register, { logger }: HookContext) {
  const refuse = (key: string, problems: number, message: string): never => {
    logger.warn(`Refused a change of template ${key}: ${problems} problem(s)`);
    throw new UserFacingError({ message });
  };

  filter('templates.items.create', async (input, _meta, context) => {
    const payload = (input ?? {}) as Record<string, unknown>;
    const decision = decideTemplateSave(null, payload, await storedPartials(context.database as Knex));
    if (!decision.ok) return refuse(String(payload.key ?? '(nieuw)'), decision.problems.length, decision.message);
    return decision.payload;
  });

  filter('templates.items.update', async (input, meta, context) => {
    const payload = (input ?? {}) as Record<string, unknown>;
    const keys = ((meta as { keys?: Array<string | number> }).keys ?? []) as Array<string | number>;
    const database = context.database as Knex;
    if (!('source' in payload) && !('kind' in payload) && !('key' in payload) && !('version' in payload)) return payload;
    // The version is per template; one payload for several templates cannot raise each by one.
    if (keys.length !== 1 && ('source' in payload || 'kind' in payload || 'key' in payload)) {
      throw new UserFacingError({ message: 'Wijzig de tekst van één sjabloon tegelijk.' });
    }
    const current = (await database('templates').select('key', 'kind', 'source', 'version').where({ id: keys[0] }).first()) as StoredTemplateRow | undefined;
    const decision = decideTemplateSave(current ?? null, payload, await storedPartials(database));
    if (!decision.ok) return refuse(current?.key ?? String(keys[0]), decision.problems.length, decision.message);
    return decision.payload;
  });
}
