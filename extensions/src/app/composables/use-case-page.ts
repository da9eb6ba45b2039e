/**
 * Reads one case with the user's own session and runs the page's actions through the same
 * session, so Directus's permissions and the casework hook's rules apply unchanged. What is
 * shown and which words are used come from core/screens/case-page.
 */
import { useApi } from '@directus/extensions-sdk';
import { computed, ref, type Ref } from 'vue';
import { amsterdamDate } from '../../../../core/cycle/amsterdam-date.ts';
import { overdueSettings } from '../../../../core/casework/plan-overdue-tasks.ts';
import { actionMessage, type ApiErrorBody } from '../../../../core/screens/case-page/action-message.ts';
import { CASE_PAGE_FIELDS, caseView, type CaseRecord } from '../../../../core/screens/case-page/case-view.ts';

type AxiosLikeError = { response?: { status?: number; data?: ApiErrorBody } };

export interface AttemptForm {
  kind: string | null;
  reached: boolean;
  date: string;
  part_of_day: string | null;
  note: string;
}

export function useCasePage(caseId: Ref<string>) {
  const api = useApi();
  const record = ref<CaseRecord | null>(null);
  const me = ref<string | null>(null);
  const terms = ref(overdueSettings(null));
  const loading = ref(true);
  const loadError = ref<string | null>(null);
  const actionError = ref<string | null>(null);
  const actionDone = ref<string | null>(null);
  const busy = ref(false);
  const today = () => amsterdamDate(new Date());

  const view = computed(() => (record.value ? caseView(record.value, terms.value, today()) : null));

  async function load() {
    loading.value = true;
    loadError.value = null;
    try {
      const [item, user, settings] = await Promise.all([
        api.get(`/items/cases/${encodeURIComponent(caseId.value)}`, { params: { fields: CASE_PAGE_FIELDS } }),
        api.get('/users/me', { params: { fields: 'id' } }),
        // The terms are settings; without them the covenant's own terms apply.
        api.get('/items/app_settings', { params: { fields: 'overdue_contact_days,overdue_first_talk_days', limit: 1 } }).catch(() => null),
      ]);
      record.value = item.data.data as CaseRecord;
      me.value = (user.data.data as { id: string }).id;
      const row = settings?.data?.data;
      terms.value = overdueSettings(Array.isArray(row) ? row[0] : row);
    } catch (error) {
      const response = (error as AxiosLikeError).response;
      record.value = null;
      loadError.value = actionMessage(response?.status ?? null, response?.data, 'De zaak kon niet worden gelezen. Vernieuw de pagina of probeer het later opnieuw.', 'U mag deze zaak niet inzien, of de zaak bestaat niet (meer).');
    } finally {
      loading.value = false;
    }
  }

  /**
   * Runs one change; a refusal (the hook's Dutch reason) is shown. The page is read again
   * either way, before the message appears, so the message and the page agree.
   */
  async function act(done: string, change: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    actionError.value = null;
    actionDone.value = null;
    let ok = false;
    let refusal: string | null = null;
    try {
      await change();
      ok = true;
    } catch (error) {
      const response = (error as AxiosLikeError).response;
      refusal = actionMessage(response?.status ?? null, response?.data, 'Dat lukte niet. Probeer het opnieuw of gebruik het formulier.');
    }
    await load();
    busy.value = false;
    actionDone.value = ok ? done : null;
    actionError.value = refusal;
    return ok;
  }

  const caseUrl = () => `/items/cases/${encodeURIComponent(caseId.value)}`;

  return {
    record,
    view,
    me,
    loading,
    loadError,
    actionError,
    actionDone,
    busy,
    today,
    load,
    pickUp: () => act('De zaak is opgepakt en aan u toegewezen.', () => api.patch(caseUrl(), { status: 'picked_up', assigned_to: me.value })),
    assignToMe: () => act('De zaak is aan u toegewezen.', () => api.patch(caseUrl(), { assigned_to: me.value })),
    completeTask: (taskId: string) => act('De taak is afgerond.', () => api.patch(`/items/tasks/${encodeURIComponent(taskId)}`, { status: 'done' })),
    recordAttempt: (form: AttemptForm) =>
      act('De contactpoging is vastgelegd.', () =>
        api.post('/items/contact_attempts', { case: caseId.value, kind: form.kind, reached: form.reached, date: form.date, part_of_day: form.part_of_day, note: form.note.trim() || null }),
      ),
  };
}
