/**
 * The referral page's data and actions, with the user's own session: the referral (only
 * the fields the role may read), its contact attempts, recording a new attempt for this
 * referral and referring the household back. The rules live in core/screens/referral-screen.ts.
 */
import { useApi } from '@directus/extensions-sdk';
import { computed, ref, watch, type Ref } from 'vue';
import { amsterdamDate } from '../../../../core/cycle/amsterdam-date.ts';
import { apiErrorMessage, isForbiddenOrMissing } from '../../../../core/screens/api-error-message.ts';
import {
  attemptFieldsFor,
  attemptLine,
  attemptNoteFieldFor,
  canRecordAttempt,
  canReferBack,
  partOfDayAt,
  personName,
  planAttempt,
  referralFieldsFor,
  referralSummary,
  type AttemptForm,
  type SummaryRow,
} from '../../../../core/screens/referral-screen.ts';
import { LIVING_SITUATIONS, ORGANISATIONS, REFERRAL_STATUSES } from '../../../../directus/schema/model.ts';
import type { Profile } from './use-profile.ts';

const labels = { status: Object.fromEntries(REFERRAL_STATUSES) as Record<string, string>, livingSituation: Object.fromEntries(LIVING_SITUATIONS) as Record<string, string> };
const organisations = Object.fromEntries(ORGANISATIONS) as Record<string, string>;

export interface AttemptRow {
  id: string;
  line: string;
  note: string;
}

function emptyForm(): AttemptForm {
  const now = new Date();
  return { date: amsterdamDate(now), partOfDay: partOfDayAt(now.getHours()), kind: null, reached: null, note: '' };
}

export function useReferralPage(id: Ref<string>, profile: Ref<Profile | null>) {
  const api = useApi();
  const referral = ref<Record<string, unknown> | null>(null);
  const attempts = ref<AttemptRow[]>([]);
  const notFound = ref(false);
  const loadError = ref<string | null>(null);
  const loading = ref(true);
  const form = ref<AttemptForm>(emptyForm());
  const saving = ref(false);
  const formError = ref<string | null>(null);
  const saved = ref<string | null>(null);
  const referringBack = ref(false);
  const referBackError = ref<string | null>(null);

  const role = computed(() => profile.value?.role ?? null);
  const summary = computed<SummaryRow[]>(() => (referral.value ? referralSummary(referral.value, labels) : []));
  const name = computed(() => (referral.value ? personName(referral.value) : ''));
  const mayRecord = computed(() => !!referral.value && canRecordAttempt(role.value, referral.value.status as string));
  const mayReferBack = computed(() => !!referral.value && canReferBack(role.value, referral.value.status as string));

  async function loadAttempts() {
    const noteField = attemptNoteFieldFor(role.value);
    const rows = (await api.get('/items/contact_attempts', {
      params: { fields: attemptFieldsFor(role.value).join(','), filter: JSON.stringify({ referral: { _eq: id.value } }), sort: '-date,-date_created', limit: -1 },
    })).data.data as Array<Record<string, unknown>>;
    attempts.value = rows.map((row) => ({ id: String(row.id), line: attemptLine(row, organisations), note: typeof row[noteField] === 'string' ? (row[noteField] as string) : '' }));
  }

  async function load() {
    loading.value = true;
    notFound.value = false;
    loadError.value = null;
    try {
      referral.value = (await api.get(`/items/referrals/${encodeURIComponent(id.value)}`, { params: { fields: referralFieldsFor(role.value).join(',') } })).data.data as Record<string, unknown>;
      await loadAttempts();
    } catch (error) {
      referral.value = null;
      if (isForbiddenOrMissing(error)) notFound.value = true;
      else loadError.value = 'De doorverwijzing kon niet worden gelezen; vernieuw de pagina.';
    } finally {
      loading.value = false;
    }
  }

  async function recordAttempt() {
    formError.value = null;
    saved.value = null;
    const plan = planAttempt(role.value, id.value, form.value);
    if (!plan.ok) {
      formError.value = plan.message;
      return;
    }
    saving.value = true;
    try {
      await api.post('/items/contact_attempts', plan.payload);
      form.value = emptyForm();
      await load();
      saved.value = 'De contactpoging is vastgelegd.';
    } catch (error) {
      formError.value = apiErrorMessage(error, 'De contactpoging kon niet worden vastgelegd. Probeer het opnieuw.');
    } finally {
      saving.value = false;
    }
  }

  async function referBack(): Promise<boolean> {
    referBackError.value = null;
    referringBack.value = true;
    try {
      await api.patch(`/items/referrals/${encodeURIComponent(id.value)}`, { status: 'referred_back' });
      await load();
      return true;
    } catch (error) {
      referBackError.value = apiErrorMessage(error, 'Terugverwijzen lukte niet. Probeer het opnieuw.');
      return false;
    } finally {
      referringBack.value = false;
    }
  }

  watch(
    [id, role],
    () => {
      if (profile.value) void load();
    },
    { immediate: true },
  );

  return { referral, summary, name, attempts, notFound, loadError, loading, form, saving, formError, saved, mayRecord, mayReferBack, recordAttempt, referBack, referringBack, referBackError };
}
