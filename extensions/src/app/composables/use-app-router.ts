/**
 * The app's router, for going to another screen after an action. The Directus app installs
 * vue-router on the Vue app that loads this module; its package is not a dependency here.
 */
import { getCurrentInstance } from 'vue';

export interface AppRouter {
  push(to: string): Promise<unknown>;
}

export function useAppRouter(): AppRouter {
  const router = (getCurrentInstance()?.appContext.config.globalProperties as { $router?: AppRouter } | undefined)?.$router;
  if (!router) throw new Error('The Directus app router is not available');
  return router;
}
