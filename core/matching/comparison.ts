/**
 * The outcome of comparing one attribute of a signal with a BRP candidate: a score in
 * 0..1, the reason in Dutch for the case worker, and whether it is a hard conflict
 * (something that must stop an automatic match, however well the rest fits).
 */
export interface Comparison {
  score: number;
  reason: string;
  conflict: boolean;
}

export function comparison(score: number, reason: string, conflict = false): Comparison {
  return { score, reason, conflict };
}
