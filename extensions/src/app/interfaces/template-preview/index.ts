/**
 * Interface `vs-template-preview` on the template form (field `preview`, issue 11): while
 * the functional admin types, the problems (Dutch, with line) and the letter with sample
 * data; a button opens the PDF. The form's own values are previewed, before saving.
 */
import { defineInterface } from '@directus/extensions-sdk';
import TemplatePreview from './template-preview.vue';

export default defineInterface({
  id: 'vs-template-preview',
  name: 'Voorbeeld van een sjabloon',
  icon: 'preview',
  description: 'Het sjabloon met voorbeeldgegevens (HTML en PDF) en de problemen per regel.',
  component: TemplatePreview,
  types: ['alias'],
  localTypes: ['presentation'],
  group: 'presentation',
  options: null,
});
