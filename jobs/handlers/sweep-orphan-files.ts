/**
 * Job `sweep-orphan-files`: deletes stored files that nothing refers to any more and that
 * are older than a grace period. They are left behind when a file was stored but the item
 * that should hold it was refused (an upload for period 2026-13, a refused permission) or
 * never created, e.g. an upload cut off at the size limit. Such a file may hold personal
 * data the covenant does not allow us to keep (minimisation).
 *
 * "Refers to" is read from the schema: every many-to-one onto directus_files in the
 * project's collections (uploads, source lists, documents, …) plus Directus's own
 * (user avatars, project logo and backgrounds).
 */
import type { Knex } from 'knex';
import type { JobHandler } from '../job-types.ts';

/** Directus's own references to files; they are not rows in directus_relations. */
export const SYSTEM_FILE_REFERENCES: Array<{ collection: string; field: string }> = [
  { collection: 'directus_users', field: 'avatar' },
  { collection: 'directus_settings', field: 'project_logo' },
  { collection: 'directus_settings', field: 'public_foreground' },
  { collection: 'directus_settings', field: 'public_background' },
  { collection: 'directus_settings', field: 'public_favicon' },
];

export function sweepOrphanFilesHandler(options: { minAgeMinutes: number }): JobHandler<Record<string, never>> {
  return async (_args, context) => {
    const { knex } = context;
    const cutoff = new Date(context.now().getTime() - options.minAgeMinutes * 60_000);
    const referenced = await referencedFileIds(knex);
    const candidates = ((await knex('directus_files').select('id', 'uploaded_on')) as Array<{ id: string; uploaded_on: string | number | Date | null }>)
      .filter((file) => !referenced.has(file.id) && file.uploaded_on !== null && toDate(file.uploaded_on) < cutoff);
    let deleted = 0;
    for (const file of candidates) {
      await context.directus.deleteFile(file.id);
      deleted++;
    }
    if (deleted) context.log.info(`Swept ${deleted} orphan files older than ${options.minAgeMinutes} minutes`);
    return { message: deleted ? `${deleted} losse bestanden verwijderd (ouder dan ${options.minAgeMinutes} minuten, door niets gebruikt).` : 'Geen losse bestanden gevonden.', counts: { deleted } };
  };
}

export async function referencedFileIds(knex: Knex): Promise<Set<string>> {
  const relations = (await knex('directus_relations').select('many_collection', 'many_field').where({ one_collection: 'directus_files' })) as Array<{ many_collection: string; many_field: string }>;
  const references = [...relations.map((r) => ({ collection: r.many_collection, field: r.many_field })), ...SYSTEM_FILE_REFERENCES];
  const ids = new Set<string>();
  for (const { collection, field } of references) {
    if (!(await knex.schema.hasColumn(collection, field))) continue;
    for (const row of (await knex(collection).distinct(field).whereNotNull(field)) as Array<Record<string, string>>) ids.add(String(row[field]));
  }
  return ids;
}

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

