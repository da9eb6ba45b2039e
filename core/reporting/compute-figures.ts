/**
 * All figures of a window in one serialisable object (plain JSON: no Dates, no Maps): the
 * dashboard, the evaluation report and the checks against the DDAS delivery read this.
 */
import { arrearsAtSignal, type ArrearsAtSignal } from './arrears-at-signal.ts';
import { daysToContact, type DaysToContact } from './days-to-contact.ts';
import { counts, type Counts } from './delivery-counts.ts';
import { endResults, type EndResults } from './end-results.ts';
import { evictions, type Evictions } from './evictions.ts';
import { minorChildrenReached, type MinorChildrenReached } from './minor-children-reached.ts';
import { openCases, type OpenCases } from './open-cases.ts';
import { reach, reachPerKind, type Reach, type ReachPerKind } from './reach.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { routes, type Routes } from './routes.ts';
import { signalKinds, type SignalKinds } from './signal-kinds.ts';
import { signalsPer1000Inhabitants, type SignalsPer1000Inhabitants } from './signals-per-inhabitants.ts';
import { signalsPerMonth, type SignalsPerMonth } from './signals-per-month.ts';

export interface Figures {
  window: ReportWindow;
  counts: Counts;
  signalsPerMonth: SignalsPerMonth;
  signalsPer1000Inhabitants: SignalsPer1000Inhabitants;
  signalKinds: SignalKinds;
  reach: Reach;
  reachPerKind: ReachPerKind;
  daysToContact: DaysToContact;
  routes: Routes;
  endResults: EndResults;
  minorChildrenReached: MinorChildrenReached;
  arrearsAtSignal: ArrearsAtSignal;
  evictions: Evictions;
  openCases: OpenCases;
}

export function computeFigures(records: ReportRecords, window: ReportWindow): Figures {
  if (!(window.from <= window.to)) throw new RangeError(`window ends before it starts: ${window.from}..${window.to}`);
  return {
    window: { from: window.from, to: window.to },
    counts: counts(records, window),
    signalsPerMonth: signalsPerMonth(records, window),
    signalsPer1000Inhabitants: signalsPer1000Inhabitants(records, window),
    signalKinds: signalKinds(records, window),
    reach: reach(records, window),
    reachPerKind: reachPerKind(records, window),
    daysToContact: daysToContact(records, window),
    routes: routes(records, window),
    endResults: endResults(records, window),
    minorChildrenReached: minorChildrenReached(records, window),
    arrearsAtSignal: arrearsAtSignal(records, window),
    evictions: evictions(records, window),
    openCases: openCases(records, window),
  };
}
