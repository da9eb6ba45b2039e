import { describe, expect, test } from 'vitest';
import type { Route } from '../routing/routing-input.ts';
import { decisionLabel, type SignalDecisionState } from './decision-label.ts';

const state = (route: Route | null | 'no case', status: string | null = 'Opgepakt', objection: SignalDecisionState['objection'] = null): SignalDecisionState => ({
  status,
  case: route === 'no case' ? null : { route },
  objection,
});

describe('decisionLabel', () => {
  test.each([
    // Not decided yet: no label (the feedback step settles these first).
    ['waiting signal without a case', state('no case', 'Nog niet opgepakt'), null],
    ['case without a route', state(null, 'Nog niet opgepakt'), null],
    // The route of the case.
    ['benefit: municipality', state('municipality'), 'Uitgenodigd door gemeente'],
    ['known client, local agreement: municipality', state('municipality', 'Inwoner al bekend bij schuldhulpverlening'), 'Uitgenodigd door gemeente'],
    ['no benefit: AMW', state('amw'), 'Uitgenodigd door AMW'],
    ['route none', state('none', 'Persoon is geen inwoner (meer) in de gemeente'), 'Niet uitgenodigd'],
    ['route none by a minimum', state('none', 'Niet opgepakt: andere reden'), 'Niet uitgenodigd'],
    // Repeat signal that joined an open case: the case's route.
    ['repeat signal in an open AMW case', state('amw', 'Niet opgepakt: herhaalde melding'), 'Uitgenodigd door AMW'],
    ['repeat signal in an open municipality case', state('municipality', 'Niet opgepakt: herhaalde melding'), 'Uitgenodigd door gemeente'],
    // The signal itself was not invited although the household's case has a route.
    ['deceased tenant joined an AMW case', state('amw', 'Inwoner is overleden'), 'Niet uitgenodigd'],
    ['moved-out tenant joined a municipality case', state('municipality', 'Persoon is geen inwoner (meer) in de gemeente'), 'Niet uitgenodigd'],
    ['wrongful signal', state('amw', 'Niet opgepakt: onterecht signaal'), 'Niet uitgenodigd'],
    // Objections (art. 10.4).
    ['objection to everything, municipality route', state('municipality', 'Opgepakt', 'all'), 'Niet uitgenodigd'],
    ['objection to everything, AMW route', state('amw', 'Opgepakt', 'all'), 'Niet uitgenodigd'],
    ['objection to AMW, AMW route', state('amw', 'Opgepakt', 'amw'), 'Niet uitgenodigd'],
    ['objection to AMW, municipality route', state('municipality', 'Opgepakt', 'amw'), 'Uitgenodigd door gemeente'],
    ['objection while still waiting: certain already', state('no case', 'Nog niet opgepakt', 'all'), 'Niet uitgenodigd'],
    ['objection to AMW while still waiting: the route is not known', state('no case', 'Nog niet opgepakt', 'amw'), null],
    ['staff marked the signal wrongful before routing', state('no case', 'Niet opgepakt: onterecht signaal'), 'Niet uitgenodigd'],
    ['status without meaning for the label, no case', state('no case', 'Opgepakt'), null],
    ['status not set yet, routed case', state('amw', null), 'Uitgenodigd door AMW'],
  ])('%s', (_name, input, expected) => {
    expect(decisionLabel(input)).toBe(expected);
  });
});
