/**
 * A test month (November 2026) as report records: the delivery tests build it, validate it
 * against the schema and compare its counts with the dashboard's figures.
 */
import type { DeliveryInput } from '../build-delivery.ts';
import { attempt, JOSEPH, kase, records, signal, WATER, WONEN } from '../../reporting/test-support/report-fixtures.ts';

export const TEST_MONTH = { from: '2026-11-01', to: '2026-11-30' };

export function testMonthInput(): DeliveryInput {
  return {
    window: TEST_MONTH,
    municipalityCode: '0988',
    supplierCode: 'GM0988',
    organisation: { name: 'Gemeente Weert', contact: { name: 'Team Schulddienstverlening', email: 'sdv@weert.nl', phone: '0495 575 000', role: null } },
    now: new Date('2026-12-05T09:30:12.345Z'),
    records: records({
      inhabitants: 50_000,
      signals: [
        // Outside the window: last month's signal of a case that this month joins, and next month's.
        signal({ id: 'sig-oct', signalDate: '2026-10-30', caseId: 'case-1', householdKey: 'h1', client: { bsn: '123456782', postcode: '6001AB', houseNumber: '1', houseNumberAddition: null } }),
        signal({ id: 'sig-dec', signalDate: '2026-12-01', caseId: 'case-3', householdKey: 'h3' }),
        signal({ id: 'sig-1', signalDate: '2026-11-30', caseId: 'case-1', householdKey: 'h1', status: 'Niet opgepakt: herhaalde melding', client: { bsn: '123456782', postcode: '6001AB', houseNumber: '1', houseNumberAddition: null } }),
        signal({ id: 'sig-2', signalDate: '2026-11-02', caseId: 'case-2', householdKey: 'h2', partner: JOSEPH, amountEuros: 1250.49, monthsInArrears: 1.5, client: { bsn: null, postcode: '6002 CD', houseNumber: '14', houseNumberAddition: 'A' } }),
        signal({ id: 'sig-3', signalDate: '2026-11-02', caseId: 'case-2', householdKey: 'h2', partner: WATER, amountEuros: 80, monthsInArrears: null }),
        signal({ id: 'sig-4', signalDate: '2026-11-15', caseId: null, householdKey: 'h4', partner: WONEN, amountEuros: null, status: 'Persoon is geen inwoner (meer) in de gemeente' }),
      ],
      cases: [
        kase('case-1', { opened: '2026-10-31', route: 'amw', status: 'in_contact', dateMatched: '2026-10-31', datePickedUp: '2026-11-02' }),
        kase('case-2', { opened: '2026-11-03', route: 'municipality', status: 'closed', closed: '2026-11-27', result: 'Vervolghulp en/of verwijzing financieel', dateMatched: '2026-11-03' }),
        kase('case-3', { opened: '2026-12-02' }),
      ],
      contactAttempts: [
        attempt('case-1', '2026-11-03', { kind: 'Brief', partOfDay: null }),
        attempt('case-1', '2026-11-06', { kind: 'Telefoon', partOfDay: 'Middag', reached: true }),
        attempt('case-2', '2026-11-04', { kind: 'Huisbezoek', partOfDay: 'Ochtend', reached: true }),
        attempt('case-3', '2026-12-03', { kind: 'Brief' }),
      ],
    }),
  };
}
