/**
 * One DDAS delivery for a window, from the database to a validated JSON text: what
 * `npm run ddas` does, and what an action in the app can call. Nothing is written here;
 * the caller writes or stores only a delivery that is valid.
 */
import type { Knex } from 'knex';
import { validateDelivery, type DeliveryError } from '../../adapters/ddas/validate-delivery.ts';
import { buildDelivery, deliveryCounts, type DdasDelivery } from '../../core/ddas/build-delivery.ts';
import { counts } from '../../core/reporting/delivery-counts.ts';
import type { ReportWindow } from '../../core/reporting/records.ts';
import { readDeliverySettings } from './read-delivery-settings.ts';
import { readReportRecords } from './read-report-records.ts';

export type DdasDeliveryOutcome =
  | { ok: true; delivery: DdasDelivery; json: string; counts: { signals: number; cases: number; contactAttempts: number; households: number } }
  /** Refused by the schema: the failing paths, in Dutch. */
  | { ok: false; reason: 'invalid'; errors: DeliveryError[] }
  /** The settings lack the CBS municipality code. */
  | { ok: false; reason: 'no-municipality-code' };

export async function makeDdasDelivery(knex: Knex, window: ReportWindow, options: { now: Date; supplierCode: string | null }): Promise<DdasDeliveryOutcome> {
  const settings = await readDeliverySettings(knex);
  if (!settings.municipalityCode) return { ok: false, reason: 'no-municipality-code' };
  const records = await readReportRecords(knex, window);
  const delivery = buildDelivery({
    records,
    window,
    municipalityCode: settings.municipalityCode,
    // CBS knows a municipality that delivers itself by its own code ("GM0988").
    supplierCode: options.supplierCode ?? `GM${settings.municipalityCode}`,
    organisation: { name: settings.municipalityName, contact: settings.contact },
    now: options.now,
  });
  const validation = validateDelivery(delivery);
  if (!validation.valid) return { ok: false, reason: 'invalid', errors: validation.errors };
  const figures = counts(records, window);
  const delivered = deliveryCounts(delivery);
  // The one-source promise, checked on every real delivery too: a difference is a bug, never data.
  if (delivered.signals !== figures.signals || delivered.cases !== figures.cases || delivered.contactAttempts !== figures.contactAttempts) {
    throw new Error(`DDAS delivery counts differ from the figures: delivery ${JSON.stringify(delivered)}, figures ${JSON.stringify(figures)}`);
  }
  return { ok: true, delivery, json: `${JSON.stringify(delivery, null, 2)}\n`, counts: { ...delivered, households: figures.households } };
}
