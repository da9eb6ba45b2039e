/**
 * Interface `vs-upload-result` on the upload form (field `error_report_download`): a link
 * to the upload's summary page in the module and the error report download, both working
 * on a read-only form. Directus's own links interface disables its buttons when the user
 * may not edit the item, which a corporation never may (issue 10, point 3).
 */
import { defineInterface } from '@directus/extensions-sdk';
import UploadResult from './upload-result.vue';

export default defineInterface({
  id: 'vs-upload-result',
  name: 'Uploaduitslag (samenvatting en foutenrapport)',
  icon: 'summarize',
  description: 'Knoppen naar de samenvatting van een upload en het foutenrapport.',
  component: UploadResult,
  types: ['alias'],
  localTypes: ['presentation'],
  group: 'presentation',
  options: null,
});
