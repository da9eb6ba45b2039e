/**
 * Households made before they carried a readable address (before issue 10) show an empty
 * household in every list and case. This gives each of them the address of its most recent
 * signal, as the intake does for new households. Idempotent: only households without an
 * address are touched, a few hundred per pass.
 */
import type { Knex } from 'knex';
import { readableAddress, type AddressParts } from '../../core/household/readable-address.ts';

const BATCH = 500;

export async function backfillHouseholdAddresses(knex: Knex): Promise<number> {
  const households = ((await knex('households')
    .select('id')
    .whereNull('address')
    .whereExists((query) => query.select(knex.raw('1')).from('signals').whereRaw('signals.household = households.id'))
    .limit(BATCH)) as Array<{ id: string }>).map((row) => row.id);
  let filled = 0;
  for (const id of households) {
    const signal = (await knex('signals')
      .select('street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city')
      .where({ household: id })
      .orderBy([{ column: 'period', order: 'desc' }, { column: 'id', order: 'asc' }])
      .first()) as AddressParts | undefined;
    const address = signal ? readableAddress(signal) : '';
    if (!address) continue;
    filled += Number(await knex('households').where({ id }).whereNull('address').update({ address }));
  }
  return filled;
}
