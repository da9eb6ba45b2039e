/** Every figure's Dutch name and definition, for the dashboard and the evaluation report. */
import { ARREARS_AT_SIGNAL } from './arrears-at-signal.ts';
import { DAYS_TO_CONTACT } from './days-to-contact.ts';
import { COUNTS } from './delivery-counts.ts';
import { END_RESULTS_INDICATOR } from './end-results.ts';
import { EVICTIONS } from './evictions.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { MINOR_CHILDREN_REACHED } from './minor-children-reached.ts';
import { OPEN_CASES } from './open-cases.ts';
import { REACH, REACH_PER_KIND } from './reach.ts';
import { ROUTES } from './routes.ts';
import { SIGNAL_KINDS } from './signal-kinds.ts';
import { SIGNALS_PER_1000_INHABITANTS } from './signals-per-inhabitants.ts';
import { SIGNALS_PER_MONTH } from './signals-per-month.ts';

export const INDICATOR_DEFINITIONS = {
  counts: COUNTS,
  signalsPerMonth: SIGNALS_PER_MONTH,
  signalsPer1000Inhabitants: SIGNALS_PER_1000_INHABITANTS,
  signalKinds: SIGNAL_KINDS,
  reach: REACH,
  reachPerKind: REACH_PER_KIND,
  daysToContact: DAYS_TO_CONTACT,
  routes: ROUTES,
  endResults: END_RESULTS_INDICATOR,
  minorChildrenReached: MINOR_CHILDREN_REACHED,
  arrearsAtSignal: ARREARS_AT_SIGNAL,
  evictions: EVICTIONS,
  openCases: OPEN_CASES,
} as const satisfies Record<string, IndicatorDefinition>;

export type IndicatorKey = keyof typeof INDICATOR_DEFINITIONS;
