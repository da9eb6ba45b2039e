/**
 * What every letter of a run shares: the active templates stored in Directus (letters and
 * partials, as functional admins edited them, with their id and version for the documents),
 * and the letterhead settings with the logo embedded (the printer loads nothing from the
 * network).
 */
import type { Knex } from 'knex';
import type { LetterBaseData } from '../../core/documents/letter-data.ts';
import { defaultTalkPlaceFrom, letterSettingsFrom, type AppSettingsLetterRow } from '../../core/documents/letter-settings-from.ts';
import type { TemplateSource } from '../../core/documents/render-letter-html.ts';
import { PermanentJobError, type WorkerDirectusApi } from '../job-types.ts';

type Row = Record<string, unknown>;

export interface StoredTemplate extends TemplateSource {
  id: number;
  version: number;
}

export async function readActiveTemplates(knex: Knex): Promise<StoredTemplate[]> {
  const rows = (await knex('templates').select('*').whereIn('kind', ['letter', 'partial'])) as Row[];
  return rows
    .filter((row) => row.active === true || row.active === 1 || row.active === '1' || row.active === null)
    .map((row) => ({ id: Number(row.id), key: String(row.key), kind: row.kind as TemplateSource['kind'], source: String(row.source ?? ''), version: Number(row.version ?? 1) || 1 }));
}

const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);

export interface LetterSettingsRead {
  settings: LetterBaseData['settings'];
  amwOverviewDay: number;
  talkAddress: string | null;
  /** Where the municipality invites tenants when a case names no place of its own. */
  defaultTalkPlace: string | null;
  defaultCity: string;
}

/**
 * The letterhead and sender from `app_settings`. Incomplete settings stop the run before any
 * letter is made, with the fields to fill in: a letter without a return address is no letter.
 */
export async function readLetterSettings(knex: Knex, directus: Pick<WorkerDirectusApi, 'downloadFile'>): Promise<LetterSettingsRead> {
  const row = ((await knex('app_settings').first()) as Row | undefined) ?? {};
  const value = (field: string) => (row[field] === null || row[field] === undefined || String(row[field]).trim() === '' ? null : String(row[field]).trim());
  let logo: string | null = null;
  const logoId = value('logo');
  if (logoId) {
    const file = (await knex('directus_files').select('type').where({ id: logoId }).first()) as { type: string | null } | undefined;
    if (file?.type && LOGO_TYPES.has(file.type)) logo = `data:${file.type};base64,${Buffer.from((await directus.downloadFile(logoId)).bytes).toString('base64')}`;
  }
  const result = letterSettingsFrom(row as AppSettingsLetterRow, logo);
  if (!result.ok) {
    throw new PermanentJobError(`De briefinstellingen zijn niet compleet; er is geen brief gemaakt. ${result.problems.join(' ')}`, `letter settings incomplete (${result.problems.length} problems)`);
  }
  const defaultTalk = defaultTalkPlaceFrom(row as AppSettingsLetterRow);
  const places = Array.isArray(row.area_places) ? (row.area_places as unknown[]) : typeof row.area_places === 'string' ? safeJsonArray(row.area_places) : [];
  const amwDay = Number(row.amw_overview_day);
  return {
    settings: result.settings,
    amwOverviewDay: Number.isInteger(amwDay) && amwDay >= 1 && amwDay <= 28 ? amwDay : 11,
    talkAddress: defaultTalk?.address ?? null,
    defaultTalkPlace: defaultTalk?.place ?? null,
    defaultCity: String(places[0] ?? result.settings.municipalityName.replace(/^gemeente\s+/i, '')),
  };
}

function safeJsonArray(value: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
