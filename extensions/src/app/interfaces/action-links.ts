/**
 * Interface "Koppelingen naar schermen": buttons on a form that lead to another screen or
 * download (the BRP review, a case page, an error report). Directus's own links interface
 * greys its buttons out whenever the form is read-only, which is exactly the form a
 * corporation or AMW user sees; a link changes nothing, so these buttons stay usable.
 * Paths starting with `/` are app routes (under /admin); others are links of the API.
 */
import { defineInterface } from '@directus/extensions-sdk';
import ActionLinks from './action-links.vue';

export default defineInterface({
  id: 'vs-action-links',
  name: 'Koppelingen naar schermen',
  icon: 'smart_button',
  description: 'Knoppen naar andere schermen; ook bruikbaar op een alleen-lezen formulier.',
  component: ActionLinks,
  types: ['alias'],
  localTypes: ['presentation'],
  group: 'presentation',
  options: [
    {
      field: 'links',
      name: 'Koppelingen',
      type: 'json',
      meta: { interface: 'input-code', options: { language: 'json' }, width: 'full' },
    },
  ],
});
