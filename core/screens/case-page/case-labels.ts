/**
 * The Dutch words for the codes a case page shows. They are the same words as the choices
 * in the data model (directus/schema/model.ts); a table test keeps both in step. A code
 * without a word is shown as "onbekend", never as the raw code.
 */
const CASE_STATUS: Record<string, string> = { new: 'Nieuw', picked_up: 'Opgepakt', in_contact: 'In contact', closed: 'Afgesloten' };
const ROUTE: Record<string, string> = { municipality: 'Gemeente (uitkering: uitnodiging regisseur)', amw: 'AMW', none: 'Niet benaderen' };
const REFERRAL_TARGET: Record<string, string> = { amw: 'AMW', sdv: 'Schulddienstverlening gemeente' };
const REFERRAL_STATUS: Record<string, string> = { new: 'Nieuw', in_progress: 'In behandeling', closed: 'Afgerond', referred_back: 'Terugverwezen naar gemeente', withdrawn: 'Ingetrokken' };
const TASK_KIND: Record<string, string> = {
  missing_upload: 'Upload ontbreekt',
  small_upload: 'Upload opvallend klein',
  rent_withholding: 'Huur inhouden op de uitkering',
  inform_case_manager: 'Klantmanager schulddienstverlening informeren',
  referred_back: 'Terugverwezen door AMW',
  overdue: 'Termijn verlopen',
  inform_partners: 'Partners informeren (correctie, verwijdering of bezwaar)',
};
const TASK_STATUS: Record<string, string> = { open: 'Open', done: 'Afgerond' };
const ORGANISATION: Record<string, string> = { municipality: 'Gemeente', amw: 'AMW' };
const LIVING_SITUATION: Record<string, string> = {
  alleenstaand: 'Alleenstaand',
  'alleenstaande ouder': 'Alleenstaande ouder',
  'paar zonder kinderen': 'Paar zonder kinderen',
  'paar met kinderen': 'Paar met kinderen',
  overig: 'Overig',
};

export const CASE_PAGE_LABELS = { CASE_STATUS, ROUTE, REFERRAL_TARGET, REFERRAL_STATUS, TASK_KIND, TASK_STATUS, ORGANISATION, LIVING_SITUATION };

const UNKNOWN = 'onbekend';
const pick = (labels: Record<string, string>) => (code: string | null | undefined): string => (code && Object.hasOwn(labels, code) ? labels[code]! : UNKNOWN);

export const caseStatusLabel = pick(CASE_STATUS);
export const routeLabel = pick(ROUTE);
export const referralTargetLabel = pick(REFERRAL_TARGET);
export const referralStatusLabel = pick(REFERRAL_STATUS);
export const taskKindLabel = pick(TASK_KIND);
export const taskStatusLabel = pick(TASK_STATUS);
export const organisationLabel = pick(ORGANISATION);
export const livingSituationLabel = pick(LIVING_SITUATION);

/** "huurschuld-convenant@1" → "huurschuld-convenant, versie 1"; other values (demo data) as they are. */
export function ruleLabel(ref: string | null | undefined): string {
  if (!ref) return UNKNOWN;
  const match = /^(.+)@(\d+)$/.exec(ref);
  return match ? `${match[1]}, versie ${match[2]}` : ref;
}
