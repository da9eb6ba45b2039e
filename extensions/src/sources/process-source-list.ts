/**
 * A source list uploaded by staff (benefits, debt services, water, energy, health
 * insurance): its rows become facts with source and date on the signals they match; a
 * newer list of the same kind replaces the older one; rows that match no signal are not
 * kept, and the file is deleted after reading (minimisation).
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { DEFAULT_LIMITS, readSpreadsheet } from '../../../adapters/spreadsheet/read-spreadsheet.ts';
import { SpreadsheetRefusal } from '../../../adapters/spreadsheet/spreadsheet-refusal.ts';
import type { CellValue } from '../../../core/intake/cell-value.ts';
import { readSourceRows } from '../../../core/sources/read-source-rows.ts';
import { factFor, SOURCE_LABELS, summariseFacts, type SourceKind, type StoredFact } from '../../../core/sources/source-kinds.ts';
import { chunks } from '../lib/chunks.ts';
import { dbDates } from '../lib/db-dates.ts';
import { readStoredFile } from '../lib/download-file.ts';
import type { HookContext } from '../lib/hook-types.ts';
import { describeError } from '../../../core/logging/describe-error.ts';

export async function processSourceList(id: string, context: Pick<HookContext, 'services' | 'getSchema' | 'database' | 'logger'>, now: Date): Promise<void> {
  const { services, getSchema, logger } = context;
  const knex = context.database as unknown as Knex;
  const schema = await getSchema();
  const lists = new services.ItemsService('source_lists', { schema, knex });
  const list = (await lists.readOne(id, { fields: ['id', 'kind', 'reference_date', 'file'] })) as { id: string; kind: SourceKind; reference_date: string; file: string | null };
  const finish = async (fields: Record<string, unknown>, log: string) => {
    await lists.updateOne(id, fields, { emitEvents: false });
    logger.info(`Source list ${id}: ${log}`);
  };
  const refuse = (message: string, log: string) => finish({ status: 'refused', summary: `Geweigerd: ${message} Er is niets opgeslagen.`, error_report: [{ row: null, column: null, message }] }, `refused (${log})`);
  if (!list.file) return refuse('er is geen bestand toegevoegd.', 'no file');

  try {
    const { bytes, fileName } = await readStoredFile(services, schema, knex, list.file, DEFAULT_LIMITS.maxBytes);
    await new services.FilesService({ schema, knex }).deleteOne(list.file);
    const newer = (await knex('source_lists').select('id').where({ kind: list.kind, status: 'processed' }).andWhere('reference_date', '>', dbDates(knex).date(list.reference_date)).first()) as { id: string } | undefined;
    if (newer) return refuse(`er is al een nieuwere lijst ${SOURCE_LABELS[list.kind]} verwerkt.`, 'a newer list exists');

    const rows: Array<{ row: number; cells: CellValue[] }> = [];
    try {
      for await (const row of readSpreadsheet(bytes)) rows.push(row);
    } catch (error) {
      if (error instanceof SpreadsheetRefusal) return refuse(error.refusal.message, error.refusal.log);
      throw error;
    }
    const read = readSourceRows(rows, now.toISOString().slice(0, 10));
    if (read.status === 'refused') return refuse(read.refusal ?? 'de lijst is niet te lezen.', 'no header');

    const matched = new Map<string, string | null>();
    const bsnEntries = read.entries.filter((e) => e.bsn);
    const keyEntries = read.entries.filter((e) => e.tenant_key);
    let matchedRows = 0;
    for (const batch of chunks(bsnEntries)) {
      const found = (await knex('signals').select('id', 'bsn').whereIn('bsn', batch.map((e) => e.bsn!))) as Array<{ id: string; bsn: string }>;
      for (const entry of batch) {
        const hits = found.filter((s) => s.bsn === entry.bsn);
        if (hits.length) matchedRows++;
        for (const hit of hits) matched.set(hit.id, entry.detail);
      }
    }
    for (const batch of chunks(keyEntries)) {
      const found = (await knex('signals').select('id', 'tenant_key').whereIn('tenant_key', batch.map((e) => e.tenant_key!))) as Array<{ id: string; tenant_key: string }>;
      for (const entry of batch) {
        const hits = found.filter((s) => s.tenant_key === entry.tenant_key);
        if (hits.length) matchedRows++;
        for (const hit of hits) matched.set(hit.id, entry.detail);
      }
    }

    const dates = dbDates(knex);
    await knex.transaction(async (trx) => {
      const previous = (await trx('signal_facts').distinct('signal').where({ source_kind: list.kind })) as Array<{ signal: string }>;
      await trx('signal_facts').delete().where({ source_kind: list.kind });
      const facts = [...matched].map(([signal, detail]) => ({ id: randomUUID(), signal, ...factFor(list.kind, detail), source_list: list.id, source_kind: list.kind, source_date: dates.date(list.reference_date), date_created: dates.timestamp(now) }));
      for (const batch of chunks(facts)) await trx('signal_facts').insert(batch);
      await refreshSummaries(trx, [...new Set([...previous.map((p) => p.signal), ...matched.keys()])], list.kind);
    });

    const summary = [
      `Verwerkt: ${read.rows_read} rijen gelezen uit de lijst ${SOURCE_LABELS[list.kind]} (peildatum ${list.reference_date}).`,
      `${matchedRows} rijen horen bij een signaal en zijn vastgelegd als feit met bron en datum; ${read.entries.length - matchedRows} rijen horen bij geen signaal en zijn niet bewaard.`,
      read.rejected.length ? `${read.rejected.length} rijen zijn afgewezen (zie Fouten per rij).` : null,
      'Deze lijst vervangt eerdere lijsten van dezelfde soort.',
    ].filter(Boolean).join('\n');
    await finish(
      { status: 'processed', file_name: fileName, rows_read: read.rows_read, matched: matchedRows, unmatched: read.entries.length - matchedRows, rejected: read.rejected.length, error_report: read.rejected, summary },
      `processed: ${read.rows_read} rows, ${matchedRows} matched, ${read.rejected.length} rejected`,
    );
  } catch (error) {
    logger.error(`Source list ${id} could not be processed: ${describeError(error)}`);
    await refuse('er ging iets mis bij het verwerken.', 'processing error');
  }
}

/** Recomputes the routing facts on signals from their stored facts. */
async function refreshSummaries(trx: Knex.Transaction, affected: string[], kind: SourceKind) {
  const present = new Set(((await trx('source_lists').distinct('kind').where({ status: 'processed' })) as Array<{ kind: SourceKind }>).map((r) => r.kind));
  present.add(kind);
  // A complete list answers "no" for every signal it does not mention.
  if (kind === 'benefits') await trx('signals').update({ has_benefit: false, benefit_kind: null });
  if (kind === 'debt_services') await trx('signals').update({ known_at_debt_services: false });
  for (const batch of chunks(affected)) {
    const facts = (await trx('signal_facts').select('signal', 'fact', 'value').whereIn('signal', batch)) as Array<StoredFact & { signal: string }>;
    for (const signal of batch) {
      const summary = summariseFacts(facts.filter((f) => f.signal === signal), present);
      await trx('signals').update({ ...summary, debt_areas: JSON.stringify(summary.debt_areas) }).where({ id: signal });
    }
  }
}

