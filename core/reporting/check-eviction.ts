/**
 * What a corporation enters as its evictions of a period (covenant art. 2.1) must add up:
 * counts of 0 or more, the households with minor children a part of the total, and one
 * row per corporation and period — a second row would count the same evictions twice on
 * the dashboard and in the evaluation. Returns the Dutch reason to refuse, or null.
 */
export interface EvictionEntry {
  total: number | null;
  withMinorChildren: number | null;
}

export function evictionProblem(entry: EvictionEntry, otherRowForSamePeriod: boolean): string | null {
  if (otherRowForSamePeriod) return 'Voor deze periode zijn de ontruimingen van uw corporatie al ingevuld. Pas die regel aan in plaats van een nieuwe te maken.';
  const { total, withMinorChildren } = entry;
  if (total !== null && (!Number.isInteger(total) || total < 0)) return 'Vul bij "Aantal ontruimingen" een heel getal van 0 of meer in.';
  if (withMinorChildren !== null && (!Number.isInteger(withMinorChildren) || withMinorChildren < 0)) return 'Vul bij "Waarvan huishoudens met minderjarige kinderen" een heel getal van 0 of meer in.';
  if (total !== null && withMinorChildren !== null && withMinorChildren > total) {
    return `Het aantal ontruimingen van huishoudens met minderjarige kinderen (${withMinorChildren}) is groter dan het totaal (${total}). Het is een deel van het totaal.`;
  }
  return null;
}
