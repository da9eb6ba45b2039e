/**
 * Display "Bedrag in euro" for lists and forms: "€ 1.850,25" (core/screens/format-euro.ts).
 * Plain render function, no template: the rule lives in core.
 */
import { defineDisplay } from '@directus/extensions-sdk';
import { defineComponent, h } from 'vue';
import { formatEuro } from '../../../core/screens/format-euro.ts';

const EuroDisplay = defineComponent({
  props: { value: { type: [String, Number], default: null } },
  setup(props) {
    return () => h('span', { class: 'euro' }, formatEuro(props.value));
  },
});

export default defineDisplay({
  id: 'euro',
  name: 'Bedrag in euro',
  description: 'Bedrag met euroteken en twee decimalen, bijvoorbeeld € 1.850,25',
  icon: 'euro',
  component: EuroDisplay,
  handler: (value: unknown) => formatEuro(value),
  types: ['decimal', 'float', 'integer', 'bigInteger'],
  options: null,
});
