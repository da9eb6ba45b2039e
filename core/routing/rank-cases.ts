/**
 * The order in which a period's households are helped (art. 4.1, 12.2): households with
 * minor children first, then more months of arrears, then a higher amount, then a fixed
 * tie-break (address key, then the case id), so two runs give the same ranks.
 * Rank 1 is first. Cases that invite nobody (route none) get no rank.
 */
export interface RankableCase {
  id: string;
  route: string | null;
  has_minor_children: boolean | null;
  months_in_arrears: number | null;
  arrears_amount: number | null;
  tie_break: string;
}

export function rankCases(cases: readonly RankableCase[]): Map<string, number | null> {
  const ranks = new Map<string, number | null>();
  const ranked = cases.filter((item) => item.route === 'municipality' || item.route === 'amw');
  ranked.sort(comparePriority);
  ranked.forEach((item, index) => ranks.set(item.id, index + 1));
  for (const item of cases) if (!ranks.has(item.id)) ranks.set(item.id, null);
  return ranks;
}

export function comparePriority(a: RankableCase, b: RankableCase): number {
  return (
    Number(b.has_minor_children === true) - Number(a.has_minor_children === true) ||
    (b.months_in_arrears ?? 0) - (a.months_in_arrears ?? 0) ||
    (b.arrears_amount ?? -1) - (a.arrears_amount ?? -1) ||
    a.tie_break.localeCompare(b.tie_break) ||
    a.id.localeCompare(b.id)
  );
}
