/**
 * The municipality's routing settings, read from `app_settings` and `signal_partners` into one
 * plain value. Anything missing falls back to the covenant's defaults: no minimum (art. 12.2),
 * tenants already known at debt services go to AMW (art. 6.1.4), Participatiewet always counts.
 */
import { calendarSettingsFrom } from '../cycle/plan-due-steps.ts';
import { foldText } from '../intake/fold-text.ts';

export type KnownClientRoute = 'amw' | 'municipality';

export interface RoutingSettings {
  /** Minimum months of arrears for every partner; null: none (the covenant sets none). */
  minMonthsInArrears: number | null;
  /** A partner's own minimum wins over the general one. */
  partnerMinMonths: ReadonlyMap<number, number>;
  /** A new signal within this many months of an open case's start joins it without a remark. */
  repeatWaitingMonths: number;
  /** Benefits the municipality pays: invited by the municipality, rent withheld. */
  municipalBenefitKinds: readonly string[];
  /** Debt areas that count (what AMW sees); null: every area the source lists give. */
  countedDebtAreas: readonly string[] | null;
  knownClientRoute: KnownClientRoute;
  /** The feedback to the partners goes out before this day of the next month. */
  feedbackDay: number;
  overdueContactDays: number;
  overdueFirstTalkDays: number;
}

export const PARTICIPATIEWET = 'Participatiewet';
export const DEFAULT_MUNICIPAL_BENEFIT_KINDS = [PARTICIPATIEWET, 'IOAW', 'IOAZ', 'Bbz'];

export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = {
  minMonthsInArrears: null,
  partnerMinMonths: new Map(),
  repeatWaitingMonths: 3,
  municipalBenefitKinds: DEFAULT_MUNICIPAL_BENEFIT_KINDS,
  countedDebtAreas: null,
  knownClientRoute: 'amw',
  feedbackDay: 10,
  overdueContactDays: 14,
  overdueFirstTalkDays: 28,
};

export interface SettingsRow {
  min_months_in_arrears?: unknown;
  repeat_waiting_months?: unknown;
  municipal_benefit_kinds?: unknown;
  counted_debt_areas?: unknown;
  known_client_route?: unknown;
  partner_feedback_day?: unknown;
  overdue_contact_days?: unknown;
  overdue_first_talk_days?: unknown;
}

export interface PartnerMinimum {
  id: number;
  min_months_in_arrears: unknown;
}

const numberOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

const textList = (value: unknown): string[] | null => {
  const list = typeof value === 'string' ? safeJson(value) : value;
  if (!Array.isArray(list)) return null;
  const texts = list.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
  return texts.length > 0 ? texts : null;
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const positiveOr = (value: unknown, fallback: number) => {
  const number = numberOrNull(value);
  return number !== null && number >= 0 ? number : fallback;
};

export function routingSettingsFrom(row: SettingsRow | null | undefined, partners: readonly PartnerMinimum[] = []): RoutingSettings {
  const d = DEFAULT_ROUTING_SETTINGS;
  const partnerMinMonths = new Map<number, number>();
  for (const partner of partners) {
    const minimum = numberOrNull(partner.min_months_in_arrears);
    if (minimum !== null && minimum > 0) partnerMinMonths.set(partner.id, minimum);
  }
  const general = numberOrNull(row?.min_months_in_arrears);
  const kinds = textList(row?.municipal_benefit_kinds) ?? d.municipalBenefitKinds;
  return {
    minMonthsInArrears: general !== null && general > 0 ? general : null,
    partnerMinMonths,
    repeatWaitingMonths: positiveOr(row?.repeat_waiting_months, d.repeatWaitingMonths),
    // Participatiewet is the covenant's own case (art. 6.1.3): it always counts.
    municipalBenefitKinds: kinds.some((kind) => sameKind(kind, PARTICIPATIEWET)) ? kinds : [PARTICIPATIEWET, ...kinds],
    countedDebtAreas: textList(row?.counted_debt_areas),
    knownClientRoute: row?.known_client_route === 'municipality' ? 'municipality' : 'amw',
    // The same day the calendar plans the feedback on (an impossible day is the covenant's 10th).
    feedbackDay: calendarSettingsFrom(row).feedbackDay,
    overdueContactDays: positiveOr(row?.overdue_contact_days, d.overdueContactDays),
    overdueFirstTalkDays: positiveOr(row?.overdue_first_talk_days, d.overdueFirstTalkDays),
  };
}

/** "participatiewet", "Participatiewet " and "PARTICIPATIEWET" are one kind. */
export function sameKind(a: string, b: string): boolean {
  return foldText(a).replace(/[^a-z0-9]+/g, '') === foldText(b).replace(/[^a-z0-9]+/g, '');
}

/** The minimum that applies to a partner's signals, or null. */
export function minimumFor(settings: RoutingSettings, partner: number): { months: number; source: 'partner' | 'general' } | null {
  const own = settings.partnerMinMonths.get(partner);
  if (own !== undefined) return { months: own, source: 'partner' };
  return settings.minMonthsInArrears !== null ? { months: settings.minMonthsInArrears, source: 'general' } : null;
}
