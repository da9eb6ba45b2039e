/**
 * The living situation as AMW reads it in its overview ("Alleenstaande ouder"). The same
 * labels as the `living_situation` choices in directus/schema/model.ts (the test checks).
 */
import type { LivingSituation } from '../household/household-facts.ts';

export const LIVING_SITUATION_LABELS: Record<LivingSituation, string> = {
  alleenstaand: 'Alleenstaand',
  'alleenstaande ouder': 'Alleenstaande ouder',
  'paar zonder kinderen': 'Paar zonder kinderen',
  'paar met kinderen': 'Paar met kinderen',
  overig: 'Overig',
};

/** An unknown value is shown as stored rather than dropped: AMW should see what the municipality has. */
export function livingSituationLabel(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  return LIVING_SITUATION_LABELS[value as LivingSituation] ?? value;
}
