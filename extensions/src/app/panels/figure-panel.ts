/**
 * Insights panel "Kengetal": one figure of the Vroegsignalering dashboard over the months,
 * read from `report_figures` (computed by the reporting step from the same functions as
 * the DDAS delivery), with its target lines and its Dutch definition under the chart.
 * The dashboard itself is provisioned as code (directus/insights/dashboard.ts).
 */
import { definePanel } from '@directus/extensions-sdk';
import FigurePanel from './figure-panel.vue';

export default definePanel({
  id: 'vs-figure',
  name: 'Kengetal (Vroegsignalering)',
  icon: 'monitoring',
  description: 'Een kengetal per maand uit de rapportage, met definitie en streefwaarden.',
  component: FigurePanel,
  options: [
    { field: 'indicator', name: 'Kengetal (sleutel)', type: 'string', meta: { interface: 'input', width: 'half' } },
    {
      field: 'unit',
      name: 'Eenheid',
      type: 'string',
      meta: { interface: 'select-dropdown', width: 'half', options: { choices: [{ text: 'Aantal', value: 'count' }, { text: 'Procent', value: 'percent' }, { text: 'Dagen', value: 'days' }, { text: 'Maanden', value: 'months' }, { text: 'Per 1.000 inwoners', value: 'per_1000' }] } },
    },
    {
      field: 'chart',
      name: 'Grafiek',
      type: 'string',
      meta: { interface: 'select-dropdown', width: 'half', options: { choices: [{ text: 'Staven', value: 'bar' }, { text: 'Lijn', value: 'line' }] } },
    },
    { field: 'lastMonths', name: 'Aantal maanden', type: 'integer', meta: { interface: 'input', width: 'half' } },
    { field: 'targets', name: 'Streefwaarden', type: 'json', meta: { interface: 'input-code', options: { language: 'json' } } },
  ],
  minWidth: 12,
  minHeight: 10,
});
