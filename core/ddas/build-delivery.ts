/**
 * A DDAS vroegsignalering v1.2 delivery (the "Uitwisselmodel") for a window: every signal the
 * municipality received in the window and every vroegsignaalzaak those signals belong to,
 * with its contact attempts and end result. The records are selected by the same functions
 * as the dashboard's figures (core/reporting/report-selection.ts), so the delivery's counts
 * and `computeFigures(...).counts` agree by construction (build-delivery.test.ts checks it).
 *
 * Pure: the delivery moment (`now`) is an argument. Validation against the official schema
 * is adapters/ddas/validate-delivery.ts; the CLI validates before it writes anything.
 */
import type { ReportRecords, ReportSignal, ReportWindow } from '../reporting/records.ts';
import { windowCases, windowContactAttempts, windowSignals } from '../reporting/report-selection.ts';
import { arrearsStartDate, ddasClient, wholeEuros, type DdasClient } from './derived-values.ts';
import type { ContactKind, EndResult, PartOfDay, SignalPartnerType, SignalStatus } from './vocabulary.ts';

export interface DeliveryContact {
  name: string;
  email?: string | null;
  phone?: string | null;
  role?: string | null;
}

export interface DeliveryInput {
  records: ReportRecords;
  window: ReportWindow;
  /** CBS municipality code, four digits ("0988"). */
  municipalityCode: string;
  /** codeGegevensleverancier. */
  supplierCode: string;
  organisation: { name: string; contact: DeliveryContact | null };
  now: Date;
}

export interface DdasSignal {
  ID: string;
  bedrag?: number;
  ontstaansdatum?: string;
  signaaldatum: string;
  status: SignalStatus;
  signaalpartner: { type: SignalPartnerType };
  client: DdasClient;
}

export interface DdasContactAttempt {
  soort: ContactKind;
  bereikt: boolean;
  datum: string;
  dagdeel?: PartOfDay;
}

export interface DdasCase {
  resultaat?: EndResult;
  matchingsdatum?: string;
  datumOpgepakt?: string;
  vroegsignalen: Array<{ ID: string }>;
  contactpogingen: DdasContactAttempt[];
}

export interface DdasDelivery {
  startdatumLevering: string;
  einddatumLevering: string;
  aanleverdatumEnTijd: string;
  codeGegevensleverancier: string;
  leveringen: Array<{
    teller: number;
    gemeentecode: string;
    aanleverendeOrganisatie: {
      naam: string;
      contactpersonen?: Array<{ naam: string; telefoonnummer?: string; email?: string; functietitel?: string }>;
    };
    vroegsignalen: DdasSignal[];
    vroegsignaalzaken: DdasCase[];
  }>;
}

export function buildDelivery(input: DeliveryInput): DdasDelivery {
  const { records, window } = input;
  const signals = windowSignals(records, window);
  const attempts = windowContactAttempts(records, window);
  const cases = windowCases(records, window).map((item): DdasCase => ({
    ...(item.result ? { resultaat: item.result } : {}),
    ...(item.dateMatched ? { matchingsdatum: item.dateMatched } : {}),
    ...(item.datePickedUp ? { datumOpgepakt: item.datePickedUp } : {}),
    vroegsignalen: signals.filter((signal) => signal.caseId === item.id).map((signal) => ({ ID: signal.id })),
    contactpogingen: attempts.filter((attempt) => attempt.caseId === item.id).map((attempt) => ({
      soort: attempt.kind,
      bereikt: attempt.reached,
      datum: attempt.date,
      ...(attempt.partOfDay ? { dagdeel: attempt.partOfDay } : {}),
    })),
  }));
  return {
    startdatumLevering: window.from,
    einddatumLevering: window.to,
    // Whole seconds: the moment of delivery, not of the computation's milliseconds.
    aanleverdatumEnTijd: `${input.now.toISOString().slice(0, 19)}Z`,
    codeGegevensleverancier: input.supplierCode,
    leveringen: [{
      teller: 1,
      gemeentecode: input.municipalityCode,
      aanleverendeOrganisatie: { naam: input.organisation.name, ...contactPersons(input.organisation.contact) },
      vroegsignalen: signals.map(ddasSignal),
      vroegsignaalzaken: cases,
    }],
  };
}

function ddasSignal(signal: ReportSignal): DdasSignal {
  const amount = wholeEuros(signal.amountEuros);
  const start = arrearsStartDate(signal);
  return {
    ID: signal.id,
    ...(amount !== null ? { bedrag: amount } : {}),
    ...(start ? { ontstaansdatum: start } : {}),
    signaaldatum: signal.signalDate,
    status: signal.status,
    signaalpartner: { type: signal.partner.type },
    client: ddasClient(signal.client),
  };
}

/** The schema wants at least one contact person when the list is there: no contact, no list. */
function contactPersons(contact: DeliveryContact | null): { contactpersonen?: Array<{ naam: string; telefoonnummer?: string; email?: string; functietitel?: string }> } {
  if (!contact || !contact.name.trim()) return {};
  return {
    contactpersonen: [{
      naam: contact.name.trim(),
      ...(contact.phone ? { telefoonnummer: contact.phone } : {}),
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.role ? { functietitel: contact.role } : {}),
    }],
  };
}

/** The counts of a delivery, read from the delivery itself (for the agreement test and the CLI's summary). */
export function deliveryCounts(delivery: DdasDelivery): { signals: number; cases: number; contactAttempts: number } {
  const levering = delivery.leveringen[0];
  return {
    signals: levering?.vroegsignalen.length ?? 0,
    cases: levering?.vroegsignaalzaken.length ?? 0,
    contactAttempts: levering?.vroegsignaalzaken.reduce((sum, item) => sum + item.contactpogingen.length, 0) ?? 0,
  };
}
