/**
 * Dutch words for the stored codes an inzage report shows, as the app's choices name them
 * (directus/schema/model.ts). DDAS values (signal status, contact kind, end result) are Dutch
 * already and are shown as stored; an unknown code is shown as stored, never dropped.
 */
import { BRP_SITUATION_LABELS } from '../enrichment/brp-situation.ts';

const label = (labels: Record<string, string>) => (value: string | null | undefined): string => (value ? (labels[value] ?? value) : '');

export const collectionLabel = label({
  signals: 'Signaal',
  households: 'Huishouden',
  cases: 'Zaak',
  referrals: 'Doorverwijzing',
  contact_attempts: 'Contactpoging',
  documents: 'Brief of document',
  objections: 'Bezwaar',
  disclosures: 'Verstrekking aan derden',
  privacy_requests: 'Verzoek',
});

export const accessActionLabel = label({ read: 'bekeken', list: 'in een lijst gezien', search: 'gezocht', export: 'geëxporteerd', download: 'gedownload' });
export const accessRouteLabel = label({ app: 'app', api: 'API', export: 'export' });
export const routeLabel = label({ municipality: 'Gemeente (uitnodiging regisseur)', amw: 'AMW (algemeen maatschappelijk werk)', none: 'Niet benaderen' });
export const caseStatusLabel = label({ new: 'Nieuw', picked_up: 'Opgepakt', in_contact: 'In contact', closed: 'Afgesloten' });
export const referralTargetLabel = label({ amw: 'AMW', sdv: 'Schulddienstverlening gemeente' });
export const referralStatusLabel = label({ new: 'Nieuw', in_progress: 'In behandeling', closed: 'Afgerond', referred_back: 'Terugverwezen naar gemeente', withdrawn: 'Ingetrokken' });
export const organisationLabel = label({ municipality: 'Gemeente', amw: 'AMW' });
export const factLabel = label({ benefit: 'Uitkering', debt_services: 'Bekend bij schulddienstverlening', debt_area: 'Schuldgebied' });
export const sourceKindLabel = label({ benefits: 'Uitkeringen (Participatiewet)', debt_services: 'Schulddienstverlening (bekende klanten)', water: 'Water', energy: 'Energie', health_insurance: 'Zorgverzekeraar' });
export const matchStatusLabel = label({
  pending: 'Nog niet verrijkt',
  matched: 'Gevonden in BRP',
  ambiguous: 'Meerdere kandidaten',
  not_found: 'Niet gevonden',
  confirmed: 'Bevestigd door medewerker',
  not_resident: 'Geen inwoner (vastgesteld)',
  waiting: 'Wacht op BRP',
  failed: 'Verrijking mislukt',
  out_of_area: 'Buiten de gemeente (niet verrijkt)',
});
export const brpSituationLabel = label(BRP_SITUATION_LABELS);
export const documentStatusLabel = label({ requested: 'Aangevraagd', ready: 'Gemaakt', failed: 'Mislukt' });
export const objectionScopeLabel = label({ amw: 'Tegen inschakelen AMW (art. 10.4)', all: 'Tegen elke benadering' });
export const requestKindLabel = label({ inzage: 'Inzage', correction: 'Correctie of aanvulling', deletion: 'Verwijdering', shielding: 'Afscherming' });
export const requestStatusLabel = label({ received: 'Ontvangen', in_progress: 'In behandeling', done: 'Afgehandeld', refused: 'Afgewezen' });
export const yesNo = (value: boolean | null | undefined): string => (value === true ? 'ja' : value === false ? 'nee' : 'onbekend');
