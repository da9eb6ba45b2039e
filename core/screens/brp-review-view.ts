/**
 * What the BRP review screen says, in Dutch: the match status, dates as "3 maart 1969",
 * addresses and names as people write them, the reasons without ISO dates, and where the
 * signal stands after a decision (its case, or why it still waits for routing).
 */
import { dutchDate } from '../routing/dutch-date.ts';
import { DUTCH_MONTHS as MONTHS } from '../routing/dutch-date.ts';


const MATCH_STATUS_TEXT: Record<string, { label: string; explanation: string }> = {
  pending: { label: 'Nog niet verrijkt', explanation: 'Het signaal is nog niet bij het BRP nagevraagd.' },
  matched: { label: 'Gevonden in het BRP', explanation: 'Eén persoon in het BRP komt duidelijk overeen met de huurder.' },
  ambiguous: { label: 'Meerdere kandidaten', explanation: 'Het BRP geeft personen die lijken op de huurder, maar niet één duidelijk. Kies de huurder of stel vast dat het geen inwoner is.' },
  not_found: { label: 'Niet gevonden in het BRP', explanation: 'Niemand in het BRP komt voldoende overeen. Zoek zelf in het BRP of corrigeer de gegevens van de corporatie.' },
  confirmed: { label: 'Bevestigd door een medewerker', explanation: 'Een medewerker heeft de huurder in het BRP aangewezen.' },
  not_resident: { label: 'Geen inwoner (vastgesteld)', explanation: 'Een medewerker heeft vastgesteld dat de huurder geen inwoner van de gemeente is.' },
  waiting: { label: 'Wacht op het BRP', explanation: 'Het BRP was niet bereikbaar; het signaal wordt later opnieuw verrijkt.' },
  failed: { label: 'Verrijking mislukt', explanation: 'Het verrijken is mislukt; probeer het opnieuw of meld het aan functioneel beheer.' },
  out_of_area: { label: 'Buiten de gemeente', explanation: 'Het huuradres ligt buiten de gemeente; dit signaal wordt niet bij het BRP nagevraagd.' },
};

export function matchStatusText(status: string | null | undefined): { label: string; explanation: string } {
  return MATCH_STATUS_TEXT[status ?? 'pending'] ?? { label: 'Onbekende koppelingsstatus', explanation: 'Meld dit aan functioneel beheer.' };
}

/** Statuses a person or the matcher decided: routing can take the signal. */
export const DECIDED_MATCH_STATUSES = ['matched', 'confirmed', 'not_resident'] as const;

/**
 * Statuses in which staff choose: the matcher doubted or found nobody, the BRP was away, or
 * the automatic match is to be overruled. A person's own decision is redone through "correct
 * and retry" (which starts the match over), never silently replaced; outside the area and
 * while the enrichment runs there is nothing to choose.
 */
const OPEN_MATCH_STATUSES = ['ambiguous', 'not_found', 'waiting', 'failed', 'matched'];

/** The screen offers decisions only while the match is open and routing has not made a case. */
export function canDecide(status: string | null | undefined, caseId: string | null): boolean {
  return !caseId && OPEN_MATCH_STATUSES.includes(status ?? '');
}

/** "1969-03-03" → "3 maart 1969"; partial register dates "1969-03" → "maart 1969", "1969" stays. */
export function dutchBirthDate(date: string | null | undefined): string {
  if (!date) return 'onbekend';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return dutchDate(date);
  const partial = /^(\d{4})-(\d{2})$/.exec(date);
  if (partial) return `${MONTHS[Number(partial[2]) - 1] ?? partial[2]} ${partial[1]}`;
  return date;
}

/** "2026-10" → "oktober 2026". */
export function dutchPeriod(period: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period ?? '');
  return match ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : (period ?? '');
}

/** ISO dates inside a sentence (the matcher's reasons) written the Dutch way. */
export function dutchDatesIn(sentence: string): string {
  return sentence.replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, (date) => dutchBirthDate(date));
}

export function personName(parts: { initials?: string | null; name_prefix?: string | null; surname?: string | null }): string {
  return [parts.initials, parts.name_prefix, parts.surname].filter(Boolean).join(' ') || 'onbekend';
}

export interface AddressParts {
  street?: string | null;
  house_number?: number | string | null;
  house_letter?: string | null;
  house_number_addition?: string | null;
  postcode?: string | null;
  city?: string | null;
}

/** "Markt 11A-2, 6001 AA Weert"; "onbekend" when the register has no Dutch address. */
export function addressLine(address: AddressParts | null | undefined): string {
  if (!address || (!address.street && !address.postcode)) return 'onbekend';
  const number = `${address.house_number ?? ''}${address.house_letter ?? ''}${address.house_number_addition ? `-${address.house_number_addition}` : ''}`;
  const postcode = address.postcode ? address.postcode.replace(/^(\d{4})([A-Z]{2})$/, '$1 $2') : '';
  const first = [address.street, number].filter(Boolean).join(' ');
  const second = [postcode, address.city].filter(Boolean).join(' ');
  return [first, second].filter(Boolean).join(', ');
}

/** "84%" — how well a candidate fits the signal. */
export function fitText(score: number): string {
  return `${Math.round(score * 100)}% overeenkomst`;
}

export interface StandingInput {
  matchStatus: string | null;
  caseId: string | null;
  routeTrace: string | null;
  period: string | null;
  /** A `route` step has run (or is queued) for the signal's period. */
  routeStarted: boolean;
  /** A `route` step for the period is queued or running now: a trace from before is out of date. */
  routeQueued?: boolean;
}

export type Standing =
  | { kind: 'case'; caseId: string; title: string; text: string }
  | { kind: 'waiting'; title: string; text: string };

/** Where the signal stands after the review: its case, or why routing has not taken it yet. */
export function signalStanding(input: StandingInput): Standing {
  if (input.caseId) return { kind: 'case', caseId: input.caseId, title: 'Dit huishouden heeft een zaak', text: 'De routering heeft het signaal bij de zaak van het huishouden gezet.' };
  const trace = input.routeTrace?.trim();
  const period = dutchPeriod(input.period);
  if (!(DECIDED_MATCH_STATUSES as readonly string[]).includes(input.matchStatus ?? '')) {
    return { kind: 'waiting', title: 'Wacht op de BRP-koppeling', text: 'De routering neemt het signaal pas mee als de huurder in het BRP is gekoppeld of als geen inwoner is vastgesteld.' };
  }
  if (input.routeQueued) return { kind: 'waiting', title: 'Wacht op routering', text: `De routering van ${period} is ingepland en neemt dit signaal mee zodra de worker haar uitvoert.` };
  if (trace) return { kind: 'waiting', title: 'Wacht op routering', text: dutchDatesIn(trace) };
  return input.routeStarted
    ? { kind: 'waiting', title: 'Wacht op routering', text: `De routering van ${period} is ingepland en neemt dit signaal mee zodra de worker haar uitvoert.` }
    : { kind: 'waiting', title: 'Wacht op routering', text: `De routering van ${period} is nog niet begonnen; de kalender start haar zodra de aanleveringen van ${period} binnen zijn.` };
}

/**
 * After a decision: ask routing to take the signal soon, but only when routing already
 * started for the period — before that, the calendar routes the whole period at its time,
 * and starting it early would route before the other inputs are in.
 */
export function shouldRequestRouting(input: { matchStatus: string | null; caseId: string | null; routeRanForPeriod: boolean }): boolean {
  return !input.caseId && input.routeRanForPeriod && (DECIDED_MATCH_STATUSES as readonly string[]).includes(input.matchStatus ?? '');
}

/** Why nothing can be chosen now (the endpoint's 409), in Dutch. */
export function closedDecisionMessage(status: string | null | undefined, caseId: string | null): string {
  if (caseId) return 'Dit signaal hoort al bij een zaak; de koppeling wordt hier niet meer veranderd.';
  if (status === 'confirmed' || status === 'not_resident') return 'Over dit signaal is al beslist. Klopt het niet, corrigeer dan de gegevens en zoek opnieuw.';
  if (status === 'out_of_area') return 'Het huuradres ligt buiten de gemeente; dit signaal wordt niet bij het BRP nagevraagd.';
  if (status === 'pending') return 'Het signaal wordt nog bij het BRP nagevraagd; wacht tot dat klaar is.';
  return 'Voor dit signaal valt nu niets te kiezen.';
}

/**
 * The unique key of a route run asked for after a review decision. Not the calendar's key
 * (`cycle-step:route:<period>:<today>`): a run under that key that already finished today makes
 * the handler skip the new one, and the decision would wait until tomorrow's calendar run.
 * The route step only takes signals without a case, so an extra run never routes twice.
 */
export function reviewRoutingKey(period: string, today: string, requestedAtMs: number): string {
  return `cycle-step:route:${period}:${today}:brp-controle:${requestedAtMs}`;
}
