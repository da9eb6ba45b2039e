/**
 * The municipality's own source lists (covenant step 3) and the fact each row of a list
 * establishes about a matching signal. A row that matches no signal is not kept.
 */
export type SourceKind = 'benefits' | 'debt_services' | 'water' | 'energy' | 'health_insurance';
export type FactKind = 'benefit' | 'debt_services' | 'debt_area';

export const SOURCE_LABELS: Record<SourceKind, string> = {
  benefits: 'uitkeringen (Participatiewet)',
  debt_services: 'schulddienstverlening',
  water: 'water',
  energy: 'energie',
  health_insurance: 'zorgverzekeraar',
};

export function factFor(kind: SourceKind, detail: string | null): { fact: FactKind; value: string } {
  switch (kind) {
    case 'benefits':
      return { fact: 'benefit', value: detail || 'Participatiewet' };
    case 'debt_services':
      return { fact: 'debt_services', value: detail || 'Bekend bij schulddienstverlening' };
    case 'water':
      return { fact: 'debt_area', value: 'Water' };
    case 'energy':
      return { fact: 'debt_area', value: 'Energie' };
    case 'health_insurance':
      return { fact: 'debt_area', value: 'Zorgverzekering' };
  }
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
