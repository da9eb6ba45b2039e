/**
 * The overview for one AMW organisation for one period (flow chart step 4, on the 11th):
 * exactly the art. 12.3 fields (covenant-fields.ts) of the households referred to that
 * organisation in the period, in priority order (households with minor children first, then
 * months and amount of arrears: the referral's rank from routing).
 *
 * A referral is in it only when it was released to AMW (date_sent), was not withdrawn, its
 * household got the advance notice (art. 10.4: the tenant hears of AMW before AMW hears of
 * the tenant) and has not objected since. What is left out is counted with a Dutch reason
 * for the step's report — never in the file AMW gets.
 */
import { ART_12_3_FIELDS, type Art123Field } from './covenant-fields.ts';
import type { ObjectionScope } from './decision-label.ts';
import type { ExportColumn, ExportRow } from './export-column.ts';
import { fieldColumn } from './export-layout.ts';
import { livingSituationLabel } from './living-situation-label.ts';

/** The columns of AMW's overview, in order: the art. 12.3 fields and nothing else. */
export const AMW_OVERVIEW_COLUMNS: ReadonlyArray<ExportColumn<Art123Field>> = ART_12_3_FIELDS.map((key) => fieldColumn(key));

export interface OverviewReferral {
  id: string;
  case: string | null;
  target: string;
  /** The receiving organisation (signal_partners with role social_work). */
  partner: number | null;
  period: string;
  status: string;
  /** ISO date the referral was released to AMW; null while it is not. */
  date_sent: string | null;
  priority: number | null;
  /** The household's objection (art. 10.4); the register comes with issue 12. */
  objection: ObjectionScope | null;
  initials: string;
  name_prefix: string | null;
  surname: string;
  birth_date: string | null;
  street: string;
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
  postcode: string;
  city: string | null;
  phone: string | null;
  living_situation: string | null;
  debt_areas: readonly string[] | null;
}

/** A letter already made (documents of kind `letter`): the case it belongs to and its template key. */
export interface CaseLetter {
  case: string | null;
  template_key: string;
}

export type OverviewExclusionCode = 'not_released' | 'withdrawn' | 'no_advance_notice' | 'objection';

export interface AmwOverviewRows {
  rows: Array<ExportRow<Art123Field>>;
  /** Referrals of this organisation and period left out, with the reason (ids only, no personal data). */
  excluded: Array<{ referral: string; code: OverviewExclusionCode; reason: string }>;
}

const REASONS: Record<OverviewExclusionCode, string> = {
  not_released: 'Nog niet vrijgegeven aan AMW.',
  withdrawn: 'Doorverwijzing ingetrokken (route gewijzigd).',
  no_advance_notice: 'Geen vooraankondiging verstuurd (art. 10.4): AMW krijgt de gegevens pas na de brief aan de huurder.',
  objection: 'Het huishouden heeft bezwaar gemaakt (art. 10.4): AMW krijgt de gegevens niet.',
};

export function buildAmwOverviewRows(input: { organisation: number; period: string; referrals: readonly OverviewReferral[]; letters: readonly CaseLetter[] }): AmwOverviewRows {
  const noticed = new Set(input.letters.filter((letter) => letter.template_key === 'advance_notice_amw' && letter.case).map((letter) => letter.case!));
  const own = input.referrals.filter((referral) => referral.target === 'amw' && referral.partner === input.organisation && referral.period === input.period);
  own.sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity) || a.id.localeCompare(b.id));
  const result: AmwOverviewRows = { rows: [], excluded: [] };
  for (const referral of own) {
    const code = exclusion(referral, noticed);
    if (code) {
      result.excluded.push({ referral: referral.id, code, reason: REASONS[code] });
      continue;
    }
    const row = {} as ExportRow<Art123Field>;
    for (const field of ART_12_3_FIELDS) {
      if (field === 'living_situation') row[field] = livingSituationLabel(referral.living_situation);
      else if (field === 'debt_areas') row[field] = (referral.debt_areas ?? []).join(', ') || null;
      else row[field] = referral[field];
    }
    result.rows.push(row);
  }
  return result;
}

function exclusion(referral: OverviewReferral, noticed: ReadonlySet<string>): OverviewExclusionCode | null {
  if (referral.status === 'withdrawn') return 'withdrawn';
  if (referral.objection !== null) return 'objection';
  if (!referral.date_sent) return 'not_released';
  if (!referral.case || !noticed.has(referral.case)) return 'no_advance_notice';
  return null;
}
