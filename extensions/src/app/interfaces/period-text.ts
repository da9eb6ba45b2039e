/**
 * Interface "Periode (maand), alleen lezen": a period the system sets (a signal's, a case's,
 * a task's) reads "december 2026" in its form, as the lists show it (display vs-period);
 * Directus's input showed the stored "2026-12". A period people type keeps the input.
 */
import { defineInterface } from '@directus/extensions-sdk';
import PeriodText from './period-text.vue';

export default defineInterface({
  id: 'vs-period-text',
  name: 'Periode (maand), alleen lezen',
  icon: 'calendar_month',
  description: 'Toont een periode als "december 2026"; niet te wijzigen.',
  component: PeriodText,
  types: ['string'],
  options: null,
});
