/**
 * The municipality's own source lists (covenant step 3) and the fact each row of a list
 * establishes about a matching signal. A row that matches no signal is not kept.
 */
import { compactFold } from '../intake/fold-text.ts';

export type SourceKind = 'benefits' | 'debt_services' | 'water' | 'energy' | 'health_insurance';
export type FactKind = 'benefit' | 'debt_services' | 'debt_area';

export const SOURCE_LABELS: Record<SourceKind, string> = {
  benefits: 'uitkeringen (Participatiewet)',
  debt_services: 'schulddienstverlening',
  water: 'water',
  energy: 'energie',
  health_insurance: 'zorgverzekeraar',
};

/**
 * The facts one row of a list establishes. Water, energy and health-insurance lists name
 * their own debt area; a debt-services row says the tenant is known there and, when its
 * detail column ("Schuldsoort") lists debts, each of them is a debt area as well. A
 * benefits row never gives debt areas.
 */
export function factsFor(kind: SourceKind, detail: string | null): Array<{ fact: FactKind; value: string }> {
  switch (kind) {
    case 'benefits':
      return [{ fact: 'benefit', value: detail || 'Participatiewet' }];
    case 'debt_services':
      return [{ fact: 'debt_services', value: detail || 'Bekend bij schulddienstverlening' }, ...debtAreasIn(detail).map((value) => ({ fact: 'debt_area' as const, value }))];
    case 'water':
      return [{ fact: 'debt_area', value: 'Water' }];
    case 'energy':
      return [{ fact: 'debt_area', value: 'Energie' }];
    case 'health_insurance':
      return [{ fact: 'debt_area', value: 'Zorgverzekering' }];
  }
}

/** Folded names of the areas the other lists give, so "zorgverzekeraar" and "Zorgverzekering" count once. */
const KNOWN_AREAS: Record<string, string> = {
  water: 'Water', drinkwater: 'Water', waterbedrijf: 'Water',
  energie: 'Energie', energieleverancier: 'Energie', gas: 'Energie', stroom: 'Energie', elektriciteit: 'Energie',
  zorgverzekering: 'Zorgverzekering', zorgverzekeraar: 'Zorgverzekering', zorgpremie: 'Zorgverzekering', zorgkosten: 'Zorgverzekering',
  huur: 'Huur', huurschuld: 'Huur', huurachterstand: 'Huur',
};

/** "huur, Energie; belastingdienst / CJIB" → ["Huur", "Energie", "Belastingdienst", "CJIB"]. */
export function debtAreasIn(detail: string | null): string[] {
  const areas = new Map<string, string>();
  for (const part of (detail ?? '').split(/[,;/]/)) {
    const text = part.replace(/\s+/g, ' ').trim().slice(0, 100);
    const key = compactFold(text);
    if (!key) continue;
    const label = KNOWN_AREAS[key] ?? `${text[0]!.toUpperCase()}${text.slice(1)}`;
    if (![...areas.values()].includes(label)) areas.set(key, label);
  }
  return [...areas.values()];
}

export interface StoredFact {
  fact: FactKind;
  value: string;
}

/**
 * The facts of one signal summarised for routing. A current list of a kind that does not
 * mention the tenant means "no" (the list is complete); without any such list it is unknown.
 */
export function summariseFacts(facts: StoredFact[], listsPresent: ReadonlySet<SourceKind>) {
  const benefit = facts.find((f) => f.fact === 'benefit');
  const debtServices = facts.some((f) => f.fact === 'debt_services');
  return {
    has_benefit: benefit ? true : listsPresent.has('benefits') ? false : null,
    benefit_kind: benefit?.value ?? null,
    known_at_debt_services: debtServices ? true : listsPresent.has('debt_services') ? false : null,
    debt_areas: [...new Set(facts.filter((f) => f.fact === 'debt_area').map((f) => f.value))].sort(),
  };
}
