/**
 * Display "Periode (maand)": a period stored as "2026-11" reads "november 2026" in lists
 * and forms, as staff and corporations name the month of a cycle.
 */
import { defineDisplay } from '@directus/extensions-sdk';
import PeriodValue from './period-value.vue';

export default defineDisplay({
  id: 'vs-period',
  name: 'Periode (maand)',
  icon: 'calendar_month',
  description: 'Toont een periode als "november 2026".',
  component: PeriodValue,
  options: null,
  types: ['string'],
});
