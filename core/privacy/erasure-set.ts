/**
 * What erasing some cases, signals or households takes with it, so that no person is left half
 * deleted: a case goes with its signals, referrals, contact attempts, tasks and letters; a
 * signal with its facts; a household once no case or signal that stays points at it, with the
 * documents addressed to it; a document with its file. Pure: ids in, ids out.
 */
import type { PrivacyGraph } from './privacy-graph.ts';

/** Collection → ids, in no particular order (the eraser orders the collections). */
export type ErasureItems = Record<string, string[]>;

export interface ErasureSet {
  items: ErasureItems;
  /** directus_files ids of the documents and source lists erased (deleted through Directus). */
  files: string[];
}

export interface ErasureSeeds {
  cases?: Iterable<string>;
  signals?: Iterable<string>;
  households?: Iterable<string>;
  referrals?: Iterable<string>;
  signalFacts?: Iterable<string>;
  documents?: Iterable<string>;
  sourceLists?: Iterable<string>;
}

export function erasureSet(graph: PrivacyGraph, seeds: ErasureSeeds): ErasureSet {
  const cases = new Set(seeds.cases ?? []);
  const signals = new Set(seeds.signals ?? []);
  const referrals = new Set(seeds.referrals ?? []);
  const facts = new Set(seeds.signalFacts ?? []);
  const documents = new Set(seeds.documents ?? []);
  const sourceLists = new Set(seeds.sourceLists ?? []);

  for (const signal of graph.signals) if (signal.case && cases.has(signal.case)) signals.add(signal.id);
  for (const referral of graph.referrals) if (referral.case && cases.has(referral.case)) referrals.add(referral.id);
  const attempts = graph.contactAttempts.filter((row) => (row.case && cases.has(row.case)) || (row.referral && referrals.has(row.referral))).map((row) => row.id);
  const tasks = graph.tasks.filter((row) => row.case && cases.has(row.case)).map((row) => row.id);
  for (const fact of graph.signalFacts) if (signals.has(fact.signal)) facts.add(fact.id);

  // A household goes when nothing that stays points at it.
  const candidates = new Set(seeds.households ?? []);
  for (const row of graph.cases) if (cases.has(row.id) && row.household) candidates.add(row.household);
  for (const row of graph.signals) if (signals.has(row.id) && row.household) candidates.add(row.household);
  for (const row of graph.cases) if (row.household && !cases.has(row.id)) candidates.delete(row.household);
  for (const row of graph.signals) if (row.household && !signals.has(row.id)) candidates.delete(row.household);
  const households = candidates;

  for (const document of graph.documents) {
    if (document.case && cases.has(document.case)) documents.add(document.id);
    else if (!document.case && document.household && households.has(document.household)) documents.add(document.id);
  }
  const files = new Set<string>();
  for (const document of graph.documents) if (documents.has(document.id) && document.file) files.add(document.file);
  for (const list of graph.sourceLists) if (sourceLists.has(list.id) && list.file) files.add(list.file);

  const items: ErasureItems = {};
  const put = (collection: string, ids: Iterable<string>) => {
    const list = [...new Set(ids)].sort();
    if (list.length) items[collection] = list;
  };
  put('cases', cases);
  put('signals', signals);
  put('signal_facts', facts);
  put('referrals', referrals);
  put('contact_attempts', attempts);
  put('tasks', tasks);
  put('documents', documents);
  put('households', households);
  put('source_lists', sourceLists);
  return { items, files: [...files].sort() };
}

/** Both sets together (a plan built from several categories). */
export function mergeErasureSets(sets: readonly ErasureSet[]): ErasureSet {
  const items: Record<string, Set<string>> = {};
  const files = new Set<string>();
  for (const set of sets) {
    for (const [collection, ids] of Object.entries(set.items)) for (const id of ids) (items[collection] ??= new Set()).add(id);
    for (const file of set.files) files.add(file);
  }
  return { items: Object.fromEntries(Object.entries(items).map(([collection, ids]) => [collection, [...ids].sort()])), files: [...files].sort() };
}

export function countItems(set: ErasureSet): Record<string, number> {
  return Object.fromEntries(Object.entries(set.items).map(([collection, ids]) => [collection, ids.length]));
}
