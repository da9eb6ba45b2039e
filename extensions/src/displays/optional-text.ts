/**
 * Display "Tekst" for a field that may be empty and is part of a title (a display template).
 * Without a display of its own, Directus draws such a field with its formatted-value display,
 * which writes "--" as text for an empty value: a tenant without a tussenvoegsel read
 * "M.A. -- Jansen" in the title of every signal and referral. For a field with a display,
 * Directus draws an empty value as its placeholder `span.null`, which the project's CSS
 * removes (directus/access/access-model.ts); this display then only shows the text.
 */
import { defineDisplay } from '@directus/extensions-sdk';
import { defineComponent, h } from 'vue';

const textOf = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

const OptionalText = defineComponent({
  props: { value: { type: [String, Number], default: null } },
  setup(props) {
    return () => h('span', { class: 'optional-text' }, textOf(props.value));
  },
});

export default defineDisplay({
  id: 'vs-text',
  name: 'Tekst',
  description: 'De tekst zelf; een leeg veld toont niets in plaats van "--".',
  icon: 'text_fields',
  component: OptionalText,
  handler: textOf,
  types: ['string', 'text'],
  options: null,
});
