// Single-file components are compiled by Directus's extensions SDK; for tsc they are components.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
