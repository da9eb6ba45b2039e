/**
 * The deletion report of the daily `retention` step, in Dutch and counts only (no names, no
 * ids): what each retention category deleted, how many rows per collection went with it, the
 * files, revisions and activity entries, and the deletion requests carried out.
 */
import { dutchDate } from '../routing/dutch-date.ts';
import { RETENTION_CATEGORIES, RETENTION_CATEGORY_LABELS, type RetentionCategory, type RetentionTerms } from './retention-terms.ts';

export const COLLECTION_LABELS: Record<string, string> = {
  signals: 'signalen',
  signal_facts: 'feiten',
  cases: 'zaken',
  referrals: 'doorverwijzingen',
  contact_attempts: 'contactpogingen',
  tasks: 'taken',
  documents: 'documenten',
  households: 'huishoudens',
  source_lists: 'bronlijsten',
  access_log: 'regels in het inzagelog',
};

export interface DeletionReportInput {
  today: string;
  terms: RetentionTerms;
  categories: Record<RetentionCategory, number>;
  /** Rows deleted per collection (retention and requests together). */
  rows: Record<string, number>;
  files: number;
  revisions: number;
  activity: number;
  /** Deletion requests carried out, and shielding requests. */
  deletionRequests: number;
  shieldingRequests: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function totalRows(rows: Record<string, number>): number {
  return Object.values(rows).reduce((sum, n) => sum + n, 0);
}

/** The summary stored on the `deletion_report` document. */
export function deletionReportSummary(input: DeletionReportInput): string {
  const lines = [`Verwijderrapport bewaartermijnen, stand ${dutchDate(input.today)} (alleen aantallen, geen persoonsgegevens).`, '', 'Per categorie (bewaartermijn):'];
  for (const category of RETENTION_CATEGORIES) lines.push(`- ${RETENTION_CATEGORY_LABELS[category]} (${plural(input.terms[category], 'maand', 'maanden')}): ${input.categories[category]}`);
  lines.push('', 'Verwijderde rijen:');
  const collections = Object.entries(input.rows).filter(([, n]) => n > 0);
  if (collections.length === 0) lines.push('- geen');
  for (const [collection, n] of collections) lines.push(`- ${COLLECTION_LABELS[collection] ?? collection}: ${n}`);
  lines.push(`- bestanden: ${input.files}`, `- revisies: ${input.revisions}`, `- activiteitregels: ${input.activity}`);
  if (input.deletionRequests || input.shieldingRequests) {
    lines.push('', `Verzoeken van betrokkenen uitgevoerd: ${plural(input.deletionRequests, 'verwijderverzoek', 'verwijderverzoeken')}, ${plural(input.shieldingRequests, 'afschermingsverzoek', 'afschermingsverzoeken')}.`);
  }
  return lines.join('\n');
}

/** The step's message on the job run (and on stdout of `npm run cycle`). */
export function retentionMessage(input: DeletionReportInput & { dryRun: boolean; errorReports: number }): string {
  const total = totalRows(input.rows);
  const parts = RETENTION_CATEGORIES.filter((category) => input.categories[category] > 0).map((category) => `${RETENTION_CATEGORY_LABELS[category].toLowerCase()}: ${input.categories[category]}`);
  const what = parts.length ? ` (${parts.join('; ')})` : '';
  const requests = input.deletionRequests || input.shieldingRequests ? ` ${input.dryRun ? 'Zou uitvoeren' : 'Uitgevoerd'}: ${plural(input.deletionRequests, 'verwijderverzoek', 'verwijderverzoeken')}, ${plural(input.shieldingRequests, 'afschermingsverzoek', 'afschermingsverzoeken')}.` : '';
  const stand = `stand ${dutchDate(input.today)}`;
  if (input.dryRun) {
    return `Proefrun (${stand}): zou ${plural(total, 'rij', 'rijen')} en ${plural(input.files, 'bestand', 'bestanden')} verwijderen${what}.${requests} Er is niets verwijderd.`;
  }
  if (total === 0 && input.files === 0 && input.errorReports === 0 && !input.deletionRequests && !input.shieldingRequests) return `Bewaartermijnen (${stand}): niets verlopen, niets verwijderd.`;
  return `Bewaartermijnen (${stand}): ${plural(total, 'rij', 'rijen')}, ${plural(input.files, 'bestand', 'bestanden')}, ${plural(input.revisions, 'revisie', 'revisies')} en ${plural(input.activity, 'activiteitregel', 'activiteitregels')} verwijderd${what}.${requests} Het verwijderrapport staat bij Documenten.`;
}
