/**
 * The letterhead and sender as a functional admin set them in `app_settings`, turned into
 * the `settings` every letter template sees (letter-data.ts). The column names of the
 * settings page and the names templates use differ on purpose (a template says
 * `settings.phone`, the page "Telefoonnummer"); this is the one place that maps them.
 */
import type { z } from 'zod';
import { letterSettingsSchema } from './letter-data.ts';

export type LetterSettings = z.infer<typeof letterSettingsSchema>;

/** The `app_settings` columns a letter needs (the logo is a file id; its bytes come separately). */
export const LETTER_SETTINGS_COLUMNS = [
  'municipality_name', 'sender_name', 'return_address', 'visiting_address', 'contact_phone', 'contact_email', 'contact_website',
  'logo', 'letter_footer', 'signatory_name', 'signatory_role', 'retention_case_no_help_months', 'retention_case_with_help_months', 'default_talk_place', 'default_talk_address',
] as const;

export type AppSettingsLetterRow = Partial<Record<(typeof LETTER_SETTINGS_COLUMNS)[number], unknown>>;

/** The field labels of the settings page, so a problem names what to fill in. */
const LABELS: Record<keyof LetterSettings, string> = {
  municipalityName: 'Naam gemeente',
  senderName: 'Afzender (team)',
  returnAddress: 'Retouradres',
  visitingAddress: 'Bezoekadres',
  phone: 'Telefoonnummer',
  email: 'E-mailadres',
  website: 'Website',
  logo: 'Logo',
  footer: 'Voettekst',
  signatoryName: 'Naam ondertekenaar',
  signatoryRole: 'Functie ondertekenaar',
  retentionMonths: 'Bewaartermijn zaken met vervolghulp (maanden)',
};

export type LetterSettingsResult = { ok: true; settings: LetterSettings } | { ok: false; problems: string[] };

/**
 * What a letter promises (issue 12): the case is deleted at the latest this many months after
 * it was closed, so the longest of the two case terms the retention step applies.
 */
function longestCaseTerm(r: AppSettingsLetterRow): number {
  const months = [r.retention_case_no_help_months ?? 12, r.retention_case_with_help_months ?? 24].map(Number);
  return months.some((m) => !Number.isFinite(m)) ? Number.NaN : Math.max(...months);
}

const textOrNull = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * @param logo the logo file as a data URI (`data:image/png;base64,…`), or null for none;
 *   a letter embeds it, so the printer loads nothing from the network.
 * @returns the settings, or Dutch problems naming the fields on the settings page.
 */
export function letterSettingsFrom(row: AppSettingsLetterRow | undefined, logo: string | null): LetterSettingsResult {
  const r = row ?? {};
  const candidate = {
    municipalityName: textOrNull(r.municipality_name) ?? '',
    senderName: textOrNull(r.sender_name) ?? '',
    returnAddress: textOrNull(r.return_address) ?? '',
    visitingAddress: textOrNull(r.visiting_address) ?? '',
    phone: textOrNull(r.contact_phone) ?? '',
    email: textOrNull(r.contact_email) ?? '',
    website: textOrNull(r.contact_website),
    logo,
    footer: typeof r.letter_footer === 'string' ? r.letter_footer : '',
    signatoryName: textOrNull(r.signatory_name) ?? '',
    signatoryRole: textOrNull(r.signatory_role) ?? '',
    retentionMonths: longestCaseTerm(r),
  };
  const parsed = letterSettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0]) as keyof LetterSettings))];
  return {
    ok: false,
    problems: fields.map((field) => (candidate[field] === '' ? `Vul bij Instellingen "${LABELS[field]}" in.` : `"${LABELS[field]}" bij Instellingen is niet geldig.`)),
  };
}

/** Where the municipality invites tenants when a case names no place of its own. */
export function defaultTalkPlaceFrom(row: AppSettingsLetterRow | undefined): { place: string; address: string } | null {
  const place = textOrNull(row?.default_talk_place);
  const address = textOrNull(row?.default_talk_address);
  return place && address ? { place, address } : null;
}
