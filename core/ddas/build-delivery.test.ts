import { describe, expect, test } from 'vitest';
import { computeFigures } from '../reporting/compute-figures.ts';
import { buildDelivery, deliveryCounts } from './build-delivery.ts';
import { TEST_MONTH, testMonthInput } from './test-support/test-month.ts';

describe('the DDAS delivery of a month', () => {
  const input = testMonthInput();
  const delivery = buildDelivery(input);
  const levering = delivery.leveringen[0]!;

  test('one source: the delivery holds exactly the signals, cases and attempts the figures count', () => {
    const figures = computeFigures(input.records, TEST_MONTH);
    expect(deliveryCounts(delivery)).toEqual({ signals: figures.counts.signals, cases: figures.counts.cases, contactAttempts: figures.counts.contactAttempts });
    expect(deliveryCounts(delivery)).toEqual({ signals: 4, cases: 2, contactAttempts: 3 });
    expect(levering.vroegsignalen.length).toBe(figures.signalsPerMonth.total);
    expect(levering.vroegsignaalzaken.length).toBe(figures.routes.cases);
    expect(levering.vroegsignaalzaken.filter((item) => item.resultaat).length).toBe(figures.endResults.cases - figures.endResults.withoutResult);
  });

  test('the header: window, supplier, delivery moment in whole seconds, municipality and contact', () => {
    expect(delivery).toMatchObject({ startdatumLevering: '2026-11-01', einddatumLevering: '2026-11-30', aanleverdatumEnTijd: '2026-12-05T09:30:12Z', codeGegevensleverancier: 'GM0988' });
    expect(levering.teller).toBe(1);
    expect(levering.gemeentecode).toBe('0988');
    expect(levering.aanleverendeOrganisatie).toEqual({ naam: 'Gemeente Weert', contactpersonen: [{ naam: 'Team Schulddienstverlening', email: 'sdv@weert.nl', telefoonnummer: '0495 575 000' }] });
  });

  test('every signal: ID, partner type, whole euros, derived ontstaansdatum, signal date, status; client by BSN or address only', () => {
    expect(levering.vroegsignalen).toEqual([
      { ID: 'sig-2', bedrag: 1250, ontstaansdatum: '2026-10-01', signaaldatum: '2026-11-02', status: 'Opgepakt', signaalpartner: { type: 'Huur' }, client: { postcode: '6002CD', huisnummer: '14', huisnummertoevoeging: 'A' } },
      { ID: 'sig-3', bedrag: 80, signaaldatum: '2026-11-02', status: 'Opgepakt', signaalpartner: { type: 'Water' }, client: { postcode: '6001AB', huisnummer: '12' } },
      { ID: 'sig-4', ontstaansdatum: '2026-10-01', signaaldatum: '2026-11-15', status: 'Persoon is geen inwoner (meer) in de gemeente', signaalpartner: { type: 'Huur' }, client: { postcode: '6001AB', huisnummer: '12' } },
      { ID: 'sig-1', bedrag: 851, ontstaansdatum: '2026-10-01', signaaldatum: '2026-11-30', status: 'Niet opgepakt: herhaalde melding', signaalpartner: { type: 'Huur' }, client: { burgerservicenummer: '123456782' } },
    ]);
  });

  test('every case of the window with its window signals, all its attempts and its end result', () => {
    expect(levering.vroegsignaalzaken).toEqual([
      {
        matchingsdatum: '2026-10-31',
        datumOpgepakt: '2026-11-02',
        vroegsignalen: [{ ID: 'sig-1' }],
        contactpogingen: [{ soort: 'Brief', bereikt: false, datum: '2026-11-03' }, { soort: 'Telefoon', bereikt: true, datum: '2026-11-06', dagdeel: 'Middag' }],
      },
      {
        resultaat: 'Vervolghulp en/of verwijzing financieel',
        matchingsdatum: '2026-11-03',
        vroegsignalen: [{ ID: 'sig-2' }, { ID: 'sig-3' }],
        contactpogingen: [{ soort: 'Huisbezoek', bereikt: true, datum: '2026-11-04', dagdeel: 'Ochtend' }],
      },
    ]);
  });

  test('no personal data beyond BSN, postcode and house number leaves', () => {
    const text = JSON.stringify(delivery);
    for (const forbidden of ['initials', 'surname', 'birth', 'geboortedatum', 'geslacht', 'phone', 'street']) expect(text).not.toContain(forbidden);
  });

  test('an empty window is a valid, empty delivery', () => {
    const empty = buildDelivery({ ...input, window: { from: '2027-01-01', to: '2027-01-31' } });
    expect(deliveryCounts(empty)).toEqual({ signals: 0, cases: 0, contactAttempts: 0 });
  });

  test('no contact person: no contactpersonen list (the schema wants at least one in it)', () => {
    expect(buildDelivery({ ...input, organisation: { name: 'Gemeente Weert', contact: null } }).leveringen[0]!.aanleverendeOrganisatie).toEqual({ naam: 'Gemeente Weert' });
  });
});
