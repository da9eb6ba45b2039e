/**
 * Who delivers to CBS, from the municipality's settings (app_settings): the CBS municipality
 * code, the municipality's name and the team and contact details its letters use.
 */
import type { Knex } from 'knex';
import type { DeliveryContact } from '../../core/ddas/build-delivery.ts';

export interface DeliverySettings {
  municipalityCode: string | null;
  municipalityName: string;
  contact: DeliveryContact | null;
}

const text = (value: unknown): string | null => (value === null || value === undefined || String(value).trim() === '' ? null : String(value).trim());

export async function readDeliverySettings(knex: Knex): Promise<DeliverySettings> {
  const row = (await knex('app_settings').first()) as Record<string, unknown> | undefined;
  const team = text(row?.sender_name);
  return {
    municipalityCode: text(row?.municipality_code),
    municipalityName: text(row?.municipality_name) ?? 'Gemeente',
    // The team, not a person: a delivery names no employee unless the municipality sets one.
    contact: team ? { name: team, email: text(row?.contact_email), phone: text(row?.contact_phone), role: null } : null,
  };
}
