/**
 * One inzage report from the database to PDF bytes: read (read-inzage-source.ts), decide
 * what is the person's (core), render Dutch HTML (core), print with Chromium. The command
 * line and the app's endpoint both call this; the PDF stays in memory (no temp file holds
 * personal data).
 */
import type { Knex } from 'knex';
import { DEFAULT_CHROMIUM_PATH, PdfPrinter } from '../../adapters/pdf/pdf-printer.ts';
import type { PersonQuery } from '../../core/privacy/inzage-person.ts';
import { buildInzageReport, ownItemsOf, type InzageReport } from '../../core/privacy/inzage-report.ts';
import { renderInzageHtml } from '../../core/privacy/render-inzage-html.ts';
import { readInzageSource } from './read-inzage-source.ts';

export interface InzageReportFile {
  pdf: Buffer;
  /** Counts only, for a summary or a log line: no personal data. */
  counts: Record<keyof InzageReport, number>;
  /** The person's items by collection (ids only): what making the report read, for the access log. */
  items: Record<string, string[]>;
}

export interface MakeInzageOptions {
  now: Date;
  /** How the person was identified, as shown in the report's header. */
  askedFor: string;
  chromiumPath?: string;
}

/** Null when nothing at all is held about the person. */
export async function makeInzageReport(knex: Knex, query: PersonQuery, options: MakeInzageOptions): Promise<InzageReportFile | null> {
  const { source, municipalityName } = await readInzageSource(knex, query);
  const report = buildInzageReport(query, source);
  if (!report) return null;
  const html = renderInzageHtml(report, { municipalityName, generatedAt: options.now.toISOString(), askedFor: options.askedFor });
  const printer = await PdfPrinter.launch({ executablePath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH, timeoutMs: 60_000 });
  try {
    const pdf = await printer.print(html);
    const counts = Object.fromEntries(Object.entries(report).map(([key, rows]) => [key, (rows as unknown[]).length])) as InzageReportFile['counts'];
    const items = Object.fromEntries(Object.entries(ownItemsOf(report)).map(([collection, ids]) => [collection, [...ids]]).filter(([, ids]) => (ids?.length ?? 0) > 0));
    return { pdf, counts, items };
  } finally {
    await printer.close();
  }
}

/** "3 signalen, 1 zaak, …": what the report holds, in counts. */
export function inzageCountsText(counts: InzageReportFile['counts']): string {
  const parts: Array<[number, string, string]> = [
    [counts.signals, 'signaal', 'signalen'],
    [counts.cases, 'zaak', 'zaken'],
    [counts.referrals, 'doorverwijzing', 'doorverwijzingen'],
    [counts.letters, 'brief', 'brieven'],
    [counts.access, 'keer ingezien', 'keer ingezien'],
  ];
  return parts.map(([count, one, many]) => `${count} ${count === 1 ? one : many}`).join(', ');
}

/** How the person was identified, for the report's header. */
export function askedForText(input: { bsn?: string | null; surname?: string | null; birthDate?: string | null; postcode?: string | null; houseNumber?: string | number | null }): string {
  if (input.bsn) return `BSN ${input.bsn}`;
  return `${input.surname ?? ''}, geboren ${input.birthDate ?? ''}, ${input.postcode ?? ''} ${input.houseNumber ?? ''}`.trim();
}
