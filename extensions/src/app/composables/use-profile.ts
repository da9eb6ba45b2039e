/**
 * The logged-in user's role key, first name and partner, read once per app session from
 * /vroegsignalering/mijn-profiel (restricted roles cannot read their own role).
 */
import { useApi } from '@directus/extensions-sdk';
import { ref, type Ref } from 'vue';

export interface Profile {
  role: string | null;
  firstName: string | null;
  partnerName: string | null;
}

let cached: Promise<Profile> | null = null;

export function useProfile(): { profile: Ref<Profile | null>; error: Ref<string | null> } {
  const api = useApi();
  const profile = ref<Profile | null>(null);
  const error = ref<string | null>(null);
  cached ??= api.get('/vroegsignalering/mijn-profiel').then((response) => response.data.data as Profile);
  cached.then(
    (value) => (profile.value = value),
    () => {
      cached = null;
      error.value = 'Uw profiel kon niet worden gelezen; vernieuw de pagina.';
    },
  );
  return { profile, error };
}
