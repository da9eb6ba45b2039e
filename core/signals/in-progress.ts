/**
 * Whether work has started on a signal: it has a case, or staff gave it a status other than
 * "Nog niet opgepakt". A corrected upload that no longer lists such a signal keeps it
 * (and reports it), because someone is already helping that household.
 */
export interface SignalProgress {
  case: string | null;
  status: string | null;
}

export const NOT_YET_PICKED_UP = 'Nog niet opgepakt';

export function isInProgress(signal: SignalProgress): boolean {
  return Boolean(signal.case) || (signal.status !== null && signal.status !== NOT_YET_PICKED_UP);
}
