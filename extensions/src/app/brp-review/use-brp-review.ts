/**
 * The BRP review screen's state and calls: the review data, the typed searches, the
 * decisions and the correct-and-retry with its polling. Every call goes through the
 * user's session (useApi) to /vroegsignalering/signals/:id/brp/...; the server decides
 * and checks, this only wires.
 */
import { useApi } from '@directus/extensions-sdk';
import { reactive, ref } from 'vue';

export interface Candidate {
  bsn: string;
  name: string;
  firstNames: string | null;
  birthDate: string;
  address: string;
  deceased: boolean;
  fit: string;
  reasons: string[];
}

export interface Standing {
  kind: 'case' | 'waiting';
  title: string;
  text: string;
  caseUrl?: string;
}

export interface Review {
  id: string;
  sent: { name: string; birthDate: string; address: string; period: string };
  form: Record<CorrectionField, string>;
  status: { label: string; explanation: string; pending: boolean; open: boolean; outOfArea: boolean };
  reasons: string[];
  candidates: Candidate[];
  brpProblem: string | null;
  standing: Standing;
}

export const CORRECTION_FIELDS = [
  { key: 'initials', label: 'Voorletters' },
  { key: 'name_prefix', label: 'Tussenvoegsel' },
  { key: 'surname', label: 'Achternaam' },
  { key: 'birth_date', label: 'Geboortedatum (dd-mm-jjjj)' },
  { key: 'street', label: 'Straat' },
  { key: 'house_number', label: 'Huisnummer' },
  { key: 'house_letter', label: 'Huisletter' },
  { key: 'house_number_addition', label: 'Toevoeging' },
  { key: 'postcode', label: 'Postcode' },
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number]['key'];

const POLL_MS = 1500;
const POLL_LIMIT_MS = 120_000;

/** The server's Dutch message, or a general one (never Directus's English). */
export function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: { errors?: Array<{ message?: string }> } } }).response?.data;
  return data?.errors?.[0]?.message ?? 'Er ging iets mis; controleer de verbinding en probeer het opnieuw.';
}

export function useBrpReview(id: string) {
  const api = useApi();
  const base = `/vroegsignalering/signals/${encodeURIComponent(id)}/brp`;
  const review = ref<Review | null>(null);
  const loading = ref(true);
  const busy = ref(false);
  const error = ref<string | null>(null);
  const notice = ref<string | null>(null);

  const nameSearch = reactive({ surname: '', name_prefix: '', initials: '', birth_date: '' });
  const addressSearch = reactive({ postcode: '', house_number: '', house_letter: '', house_number_addition: '' });
  const searchResult = ref<{ search: unknown; candidates: Candidate[] } | null>(null);
  const searchError = ref<string | null>(null);

  const correction = reactive<Record<CorrectionField, string>>({ initials: '', name_prefix: '', surname: '', birth_date: '', street: '', house_number: '', house_letter: '', house_number_addition: '', postcode: '' });
  const reason = ref('');
  const correctionError = ref<string | null>(null);
  const retrying = ref(false);

  function fillForms(data: Review) {
    Object.assign(correction, data.form);
    if (!nameSearch.surname) Object.assign(nameSearch, { surname: data.form.surname, name_prefix: data.form.name_prefix, initials: data.form.initials, birth_date: data.form.birth_date });
    if (!addressSearch.postcode) Object.assign(addressSearch, { postcode: data.form.postcode, house_number: data.form.house_number, house_letter: data.form.house_letter, house_number_addition: data.form.house_number_addition });
  }

  async function load() {
    loading.value = true;
    error.value = null;
    try {
      const data = (await api.get(base)).data.data as Review;
      review.value = data;
      fillForms(data);
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      loading.value = false;
    }
  }

  async function search(kind: 'name' | 'address') {
    busy.value = true;
    searchError.value = null;
    searchResult.value = null;
    try {
      const body = kind === 'name' ? { kind, ...nameSearch } : { kind, ...addressSearch };
      searchResult.value = (await api.post(`${base}/search`, body)).data.data;
    } catch (e) {
      searchError.value = messageOf(e);
    } finally {
      busy.value = false;
    }
  }

  /** "Dit is de huurder" (with the typed search when the person came from it) or "geen inwoner". */
  async function decide(decision: 'confirm' | 'not_resident', bsn?: string, fromSearch = false) {
    busy.value = true;
    error.value = null;
    try {
      const body = { decision, ...(bsn ? { bsn } : {}), ...(fromSearch && searchResult.value ? { search: searchResult.value.search } : {}) };
      review.value = (await api.post(`${base}/decide`, body)).data.data as Review;
      searchResult.value = null;
      notice.value = decision === 'confirm' ? 'De huurder is gekoppeld.' : 'Vastgelegd: de huurder is geen inwoner van de gemeente.';
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      busy.value = false;
    }
  }

  /** Correct, then wait while the worker enriches again; a decided match asks routing to take it. */
  async function correctAndRetry() {
    busy.value = true;
    correctionError.value = null;
    try {
      await api.post(`${base}/correct`, { values: { ...correction }, reason: reason.value });
    } catch (e) {
      correctionError.value = messageOf(e);
      busy.value = false;
      return false;
    }
    retrying.value = true;
    notice.value = null;
    const started = Date.now();
    try {
      let data = (await api.get(base)).data.data as Review;
      while (data.status.pending && Date.now() - started < POLL_LIMIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        data = (await api.get(base)).data.data as Review;
      }
      if (data.status.pending) notice.value = 'Het opnieuw zoeken duurt langer dan verwacht; de uitkomst verschijnt hier zodra de verwerking klaar is. Vernieuw de pagina later.';
      else if (data.standing.kind === 'waiting') data = { ...data, ...((await api.post(`${base}/route`, {})).data.data as Review), candidates: data.candidates };
      review.value = data;
      fillForms(data);
      reason.value = '';
      return true;
    } catch (e) {
      error.value = messageOf(e);
      return false;
    } finally {
      retrying.value = false;
      busy.value = false;
    }
  }

  void load();
  return { review, loading, busy, error, notice, nameSearch, addressSearch, searchResult, searchError, search, decide, correction, reason, correctionError, retrying, correctAndRetry, reload: load };
}
