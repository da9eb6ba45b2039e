import { describe, expect, test } from 'vitest';
import { addressLine, canDecide, closedDecisionMessage, dutchBirthDate, dutchDatesIn, dutchPeriod, matchStatusText, personName, reviewRoutingKey, shouldRequestRouting, signalStanding } from './brp-review-view.ts';

describe('texts on the BRP review screen', () => {
  test.each([
    ['not_found', 'Niet gevonden in het BRP'],
    ['ambiguous', 'Meerdere kandidaten'],
    ['confirmed', 'Bevestigd door een medewerker'],
    ['out_of_area', 'Buiten de gemeente'],
    [null, 'Nog niet verrijkt'],
    ['something_new', 'Onbekende koppelingsstatus'],
  ])('status %s → %s', (status, label) => {
    expect(matchStatusText(status).label).toBe(label);
  });

  test.each([
    ['1969-03-03', '3 maart 1969'],
    ['1978-03', 'maart 1978'],
    ['1968', '1968'],
    [null, 'onbekend'],
  ])('birth date %s → %s', (date, text) => {
    expect(dutchBirthDate(date)).toBe(text);
  });

  test.each([
    ['Geboortedatum wijkt af: 1985-12-01 / 1985-12-02', 'Geboortedatum wijkt af: 1 december 1985 / 2 december 1985'],
    ['Geboortedatum past bij de onvolledige datum in het BRP: 1978-03', 'Geboortedatum past bij de onvolledige datum in het BRP: maart 1978'],
    ['Achternaam gelijk', 'Achternaam gelijk'],
  ])('reason %s', (reason, text) => {
    expect(dutchDatesIn(reason)).toBe(text);
  });

  test.each([
    [{ street: 'Markt', house_number: 11, house_letter: 'A', house_number_addition: '2', postcode: '6001AA', city: 'Weert' }, 'Markt 11A-2, 6001 AA Weert'],
    [{ street: 'Markt', house_number: 11, postcode: '6001AA' }, 'Markt 11, 6001 AA'],
    [null, 'onbekend'],
  ])('address %j → %s', (address, text) => {
    expect(addressLine(address)).toBe(text);
  });

  test('names and periods', () => {
    expect(personName({ initials: 'J.', name_prefix: 'du', surname: 'Burck' })).toBe('J. du Burck');
    expect(personName({})).toBe('onbekend');
    expect(dutchPeriod('2026-10')).toBe('oktober 2026');
  });

  test.each([
    ['not_found', null, true],
    ['ambiguous', null, true],
    ['matched', null, true],
    ['waiting', null, true],
    ['confirmed', null, false],
    ['not_resident', null, false],
    ['out_of_area', null, false],
    ['pending', null, false],
    ['not_found', 'case-1', false],
  ])('decisions offered for %s (case %s): %s', (status, caseId, offered) => {
    expect(canDecide(status, caseId)).toBe(offered);
  });
});

describe('where the signal stands', () => {
  const base = { matchStatus: 'confirmed', caseId: null, routeTrace: null, period: '2026-10', routeStarted: false };
  test.each([
    { name: 'a case', input: { ...base, caseId: 'c1' }, expected: { kind: 'case', caseId: 'c1', title: 'Dit huishouden heeft een zaak' } },
    { name: 'still not matched', input: { ...base, matchStatus: 'not_found' }, expected: { kind: 'waiting', title: 'Wacht op de BRP-koppeling' } },
    { name: 'routing left a trace', input: { ...base, routeTrace: 'Wacht op de uitkeringslijst tot 2026-11-15' }, expected: { kind: 'waiting', title: 'Wacht op routering', text: 'Wacht op de uitkeringslijst tot 15 november 2026' } },
    { name: 'routing queued: an older trace is out of date', input: { ...base, routeStarted: true, routeQueued: true, routeTrace: 'Wacht op de BRP-koppeling' }, expected: { kind: 'waiting', text: expect.stringContaining('is ingepland') } },
    { name: 'routing requested', input: { ...base, routeStarted: true }, expected: { kind: 'waiting', text: expect.stringContaining('De routering van oktober 2026 is ingepland') } },
    { name: 'routing not started for the period', input: base, expected: { kind: 'waiting', text: expect.stringContaining('nog niet begonnen') } },
  ])('$name', ({ input, expected }) => {
    expect(signalStanding(input)).toMatchObject(expected);
  });

  test.each([
    { matchStatus: 'confirmed', caseId: null, routeRanForPeriod: true, request: true },
    { matchStatus: 'matched', caseId: null, routeRanForPeriod: true, request: true },
    { matchStatus: 'not_resident', caseId: null, routeRanForPeriod: true, request: true },
    { matchStatus: 'confirmed', caseId: null, routeRanForPeriod: false, request: false },
    { matchStatus: 'confirmed', caseId: 'c1', routeRanForPeriod: true, request: false },
    { matchStatus: 'not_found', caseId: null, routeRanForPeriod: true, request: false },
  ])('routing requested for $matchStatus, case $caseId, route ran $routeRanForPeriod: $request', ({ request, ...input }) => {
    expect(shouldRequestRouting(input)).toBe(request);
  });
});

describe('closedDecisionMessage', () => {
  test.each([
    ['confirmed', null, 'Over dit signaal is al beslist'],
    ['not_found', 'c1', 'hoort al bij een zaak'],
    ['out_of_area', null, 'buiten de gemeente'],
    ['pending', null, 'nog bij het BRP nagevraagd'],
  ])('%s (case %s)', (status, caseId, text) => {
    expect(closedDecisionMessage(status, caseId)).toContain(text);
  });
});

test('a routing request has its own key, never the calendar key of the day', () => {
  expect(reviewRoutingKey('2026-11', '2026-12-02', 1764670000000)).toBe('cycle-step:route:2026-11:2026-12-02:brp-controle:1764670000000');
});
