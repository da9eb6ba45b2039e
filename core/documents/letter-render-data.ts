/**
 * The data a planned letter is rendered with (core/documents/letter-data.ts is its model),
 * from what the letters step read: the settings, the case's appointment and case managers,
 * the AMW organisation of the referral, the partner that sent the signal. Pure: the step
 * reads, this assembles; the renderer checks the result against the template's model, so a
 * letter with a missing fact is refused there, by field name.
 */
import { addMonths, dayOfPeriod } from '../cycle/calendar-date.ts';
import type { LetterBaseData } from './letter-data.ts';
import type { PlannedLetter } from './plan-letter-run.ts';

type LetterSettings = LetterBaseData['settings'];

export interface CaseManagerFacts {
  name: string;
  phone: string | null;
  email: string | null;
}

export interface LetterCaseFacts {
  /** ISO timestamp of the talk (invitation only). */
  talk_at: string | null;
  talk_place: string | null;
  debtServices: CaseManagerFacts | null;
  participation: CaseManagerFacts | null;
  /** The AMW organisation of the case's referral (advance notice only). */
  amw: { name: string; phone: string | null; website: string | null } | null;
}

export interface LetterRenderFacts {
  settings: LetterSettings;
  /** The date printed on the letter: the day of the run. */
  today: string;
  /** AMW receives its overview on this day of the next month; the tenant may object until the day before. */
  amwOverviewDay: number;
  /** Where the talk is, when the case names only the place ("Stadhuis, balie Werk en Inkomen"). */
  talkAddress: string | null;
  /** The place a letter goes to when the signal named none (the partner left it empty). */
  defaultCity: string;
  /** The name of the partner that sent each signal, by signal id. */
  signalPartners: ReadonlyMap<string, string>;
  cases: ReadonlyMap<string, LetterCaseFacts>;
}

/** "Ons kenmerk": lets staff find the case when the tenant calls; never a BSN or a name. */
export function letterReference(period: string, caseId: string): string {
  return `VS-${period}-${caseId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** The last day the tenant can object to the referral to AMW (art. 10.4): the day before AMW gets the overview. */
export function objectionDeadline(period: string, amwOverviewDay: number): string {
  return dayOfPeriod(addMonths(period, 1), Math.max(1, amwOverviewDay - 1));
}

const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A stored instant as the date and clock time in the Netherlands, as the letter prints them. */
export function amsterdamDateTime(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = Object.fromEntries(dateFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function letterRenderData(letter: PlannedLetter, facts: LetterRenderFacts): unknown {
  const person = letter.addressee;
  const caseFacts = facts.cases.get(letter.case);
  const base = {
    settings: facts.settings,
    addressee: {
      initials: person.initials,
      prefix: person.name_prefix,
      surname: person.surname,
      // The signal holds no gender (art. 12.2): "Geachte heer/mevrouw".
      gender: 'unknown' as const,
      street: letter.address.street,
      houseNumber: letter.address.house_number,
      houseLetter: letter.address.house_letter,
      houseNumberAddition: letter.address.house_number_addition,
      postcode: letter.address.postcode,
      city: letter.address.city ?? facts.defaultCity,
    },
    // The signal holds no gender (art. 12.2) for them either.
    coAddressees: letter.co_addressees.map((other) => ({ initials: other.initials, prefix: other.name_prefix, surname: other.surname, gender: 'unknown' as const })),
    letter: { date: facts.today, reference: letterReference(letter.period, letter.case) },
    signalPartner: { name: letter.signals.map((id) => facts.signalPartners.get(id)).find((name) => name !== undefined) ?? '' },
  };
  switch (letter.template_key) {
    case 'invitation_municipality': {
      const at = caseFacts?.talk_at ? amsterdamDateTime(caseFacts.talk_at) : null;
      return {
        ...base,
        appointment: { date: at?.date ?? '', time: at?.time ?? '', place: caseFacts?.talk_place ?? '', address: facts.talkAddress ?? facts.settings.visitingAddress },
        caseManagers: { debtServices: caseFacts?.debtServices ?? null, participation: caseFacts?.participation ?? null },
      };
    }
    case 'advance_notice_amw':
      return { ...base, amw: caseFacts?.amw ?? null, objectionDeadline: objectionDeadline(letter.period, facts.amwOverviewDay) };
    case 'privacy_information':
      return base;
  }
}
