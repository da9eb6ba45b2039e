/**
 * The one place where a DDAS value the project does not store is derived from what it does
 * store. Each rule is stated here so the municipality can explain it to CBS.
 */
import type { ReportSignal } from '../reporting/records.ts';

/**
 * vroegsignaal.ontstaansdatum (the day the arrears arose). Partners report months of
 * arrears, not the date. Rent is due in advance on the first of the month, so N months of
 * arrears at a signal received in month M means the rents of M-(N-1) .. M are unpaid: the
 * arrears arose on the first day of month M-(ceil(N)-1). A part month (1,5) counts as a
 * whole unpaid rent. A stored arrears start date wins; no months: no date.
 */
export function arrearsStartDate(signal: Pick<ReportSignal, 'arrearsStartDate' | 'monthsInArrears' | 'signalDate'>): string | null {
  if (signal.arrearsStartDate) return signal.arrearsStartDate;
  if (signal.monthsInArrears === null || !(signal.monthsInArrears > 0)) return null;
  const back = Math.ceil(signal.monthsInArrears) - 1;
  const [year, month] = signal.signalDate.slice(0, 7).split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - back;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** vroegsignaal.bedrag: whole euros (the schema's integer), rounded half up from the stored cents. */
export function wholeEuros(amountEuros: number | null): number | null {
  if (amountEuros === null || !Number.isFinite(amountEuros)) return null;
  return Math.round(amountEuros);
}

export type DdasClient = { burgerservicenummer: string } | { postcode: string; huisnummer: string; huisnummertoevoeging?: string };

/**
 * vroegsignaal.client, only as the standard asks: the BSN when the tenant was matched in the
 * BRP, otherwise postcode and house number (with letter and addition as huisnummertoevoeging).
 * Never name, birth date or gender: the delivery needs none of them, so none leave.
 */
export function ddasClient(client: ReportSignal['client']): DdasClient {
  if (client.bsn) return { burgerservicenummer: client.bsn };
  const postcode = client.postcode.replace(/\s+/g, '').toUpperCase();
  return client.houseNumberAddition ? { postcode, huisnummer: client.houseNumber, huisnummertoevoeging: client.houseNumberAddition } : { postcode, huisnummer: client.houseNumber };
}
