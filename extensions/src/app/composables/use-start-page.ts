/**
 * Loads what a start page shows, with the user's own session: the role's bookmarks, a
 * count per tile, and per role its own extras (the month cycle for staff, the latest
 * uploads for a corporation, the open referrals for AMW, and for both the latest exports
 * made for their organisation, to download). What to show is decided in
 * core/screens/start-tiles.ts; this file only fetches.
 */
import { useApi } from '@directus/extensions-sdk';
import { ref, watch, type Ref } from 'vue';
import { calendarSettingsFrom } from '../../../../core/cycle/plan-due-steps.ts';
import { amsterdamDate } from '../../../../core/cycle/amsterdam-date.ts';
import { dutchDate } from '../../../../core/routing/dutch-date.ts';
import { personAddress, personName } from '../../../../core/screens/referral-screen.ts';
import { countFromAggregate, countRequest, corporationExpectation, cycleOverview, directusRootPath, dutchPeriod, groupBySection, partnerDocumentRow, partnerDocumentsRequest, resolveTile, startTilesFor, type BookmarkPreset, type CalendarLine, type PartnerDocumentRow, type ResolvedTile } from '../../../../core/screens/start-tiles.ts';
import { isScreenRole } from '../../../../core/screens/role-navigation.ts';
import { REFERRAL_STATUSES, UPLOAD_STATUSES } from '../../../../directus/schema/model.ts';
import type { Profile } from './use-profile.ts';

export interface TileView extends ResolvedTile {
  value: number | null;
}

export interface UploadRow {
  id: string;
  period: string;
  fileName: string;
  status: string;
  counts: string;
  received: string;
}

export interface ReferralRow {
  id: string;
  name: string;
  address: string;
  status: string;
  sent: string;
}

export interface StartPageData {
  groups: Ref<Array<{ section: string; tiles: TileView[] }>>;
  cycle: Ref<{ period: string; cyclePeriod: string; next: CalendarLine[] } | null>;
  expectation: Ref<string | null>;
  uploads: Ref<UploadRow[] | null>;
  referrals: Ref<ReferralRow[] | null>;
  /** The latest exports for the user's organisation (corporation: feedback; AMW: overview), with a download link. */
  documents: Ref<PartnerDocumentRow[] | null>;
  loading: Ref<boolean>;
  failed: Ref<string | null>;
}

const uploadStatus = Object.fromEntries(UPLOAD_STATUSES) as Record<string, string>;
const referralStatus = Object.fromEntries(REFERRAL_STATUSES) as Record<string, string>;

export function useStartPage(profile: Ref<Profile | null>): StartPageData {
  const api = useApi();
  const data: StartPageData = { groups: ref([]), cycle: ref(null), expectation: ref(null), uploads: ref(null), referrals: ref(null), documents: ref(null), loading: ref(true), failed: ref(null) };

  async function load(role: string | null) {
    const tiles = isScreenRole(role) ? startTilesFor(role) : [];
    const presets = tiles.some((tile) => tile.source.kind === 'bookmark')
      ? ((await api.get('/presets', { params: { 'filter[bookmark][_nnull]': true, fields: 'id,bookmark,collection,filter', limit: -1 } })).data.data as BookmarkPreset[])
      : [];
    const resolved = tiles.map((tile) => resolveTile(tile, presets));
    const views = await Promise.all(
      resolved.map(async (item): Promise<TileView> => {
        if (!item.count) return { ...item, value: null };
        const request = countRequest(item.count);
        try {
          return { ...item, value: countFromAggregate((await api.get(request.path, { params: request.params })).data.data) };
        } catch {
          // One list the user cannot count is no reason to hide the others; the link still opens it.
          return { ...item, value: null };
        }
      }),
    );
    data.groups.value = groupBySection(views);
    const today = amsterdamDate(new Date());

    if (role === 'debt_services' || role === 'functional_admin' || role === 'admin') {
      const settings = await api.get('/items/app_settings', { params: { fields: 'partner_feedback_day,amw_overview_day', limit: 1 } }).then(
        (response) => {
          const rows = response.data.data as unknown;
          return (Array.isArray(rows) ? rows[0] : rows) as Record<string, unknown> | undefined;
        },
        () => undefined,
      );
      const overview = cycleOverview(today, calendarSettingsFrom(settings ?? null));
      data.cycle.value = { period: dutchPeriod(overview.currentPeriod), cyclePeriod: dutchPeriod(overview.cyclePeriod), next: overview.next };
    }

    if (role === 'corporation') {
      const rows = (await api.get('/items/uploads', { params: { fields: 'id,period,file_name,status,accepted,rejected,duplicates,date_created', sort: '-date_created', limit: 5 } })).data.data as Array<Record<string, unknown>>;
      data.expectation.value = corporationExpectation(today, rows.map((row) => ({ period: (row.period as string) ?? null, status: (row.status as string) ?? null })));
      data.uploads.value = rows.map((row) => ({
        id: String(row.id),
        period: row.period ? dutchPeriod(String(row.period)) : '',
        fileName: String(row.file_name ?? ''),
        status: uploadStatus[String(row.status)] ?? '',
        counts: row.status === 'processed' ? `${Number(row.accepted ?? 0)} geaccepteerd, ${Number(row.rejected ?? 0)} afgekeurd, ${Number(row.duplicates ?? 0)} dubbel` : '',
        received: row.date_created ? dutchDate(String(row.date_created)) : '',
      }));
    }

    const documents = isScreenRole(role) ? partnerDocumentsRequest(role) : null;
    if (documents) {
      const root = directusRootPath(window.location.pathname);
      // The files are a convenience next to the tiles: a failed read leaves the section out.
      const rows = await api.get(documents.path, { params: documents.params }).then((response) => response.data.data as Array<Record<string, unknown>>, () => null);
      data.documents.value = rows?.map((row) => {
        const item = partnerDocumentRow(row);
        return { ...item, download: `${root}${item.download}` };
      }) ?? null;
    }

    if (role === 'social_work') {
      const rows = (await api.get('/items/referrals', {
        params: { fields: 'id,status,priority,date_sent,initials,name_prefix,surname,street,house_number,house_letter,house_number_addition,postcode,city', filter: JSON.stringify({ status: { _in: ['new', 'in_progress'] } }), sort: 'priority,surname', limit: 50 },
      })).data.data as Array<Record<string, unknown>>;
      data.referrals.value = rows.map((row) => ({
        id: String(row.id),
        name: personName(row),
        address: personAddress(row),
        status: referralStatus[String(row.status)] ?? '',
        sent: row.date_sent ? dutchDate(String(row.date_sent)) : '',
      }));
    }
  }

  watch(
    () => profile.value?.role,
    (role) => {
      if (profile.value === null) return;
      data.loading.value = true;
      data.failed.value = null;
      load(role ?? null)
        .catch(() => (data.failed.value = 'Uw werk van vandaag kon niet worden gelezen; vernieuw de pagina.'))
        .finally(() => (data.loading.value = false));
    },
    { immediate: true },
  );
  return data;
}
