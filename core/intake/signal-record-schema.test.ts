import { describe, expect, test } from 'vitest';
import { SIGNAL_FIELDS, type SignalRecord } from './signal-record.ts';
import { signalRecordSchema } from './signal-record-schema.ts';

const valid: SignalRecord = {
  initials: 'P.J.', name_prefix: 'van der', surname: 'Meijden', birth_date: '1959-04-17', street: 'Dorpsstraat', house_number: 12,
  house_letter: 'A', house_number_addition: null, postcode: '6001GS', city: 'Weert', phone: null, months_in_arrears: 3, arrears_amount: 1234.56, signal_date: null,
};

describe('signalRecordSchema', () => {
  test('covers exactly the art. 12.2 fields', () => {
    expect(Object.keys(signalRecordSchema.shape).sort()).toEqual([...SIGNAL_FIELDS].sort());
  });

  test('accepts a valid record', () => {
    expect(signalRecordSchema.parse(valid)).toEqual(valid);
  });

  test.each<[string, Record<string, unknown>]>([
    ['an extra field (BSN)', { bsn: '123456782' }],
    ['initials without dots', { initials: 'PJ' }],
    ['a lower-case postcode', { postcode: '6001gs' }],
    ['a fractional house number', { house_number: 1.5 }],
    ['zero months', { months_in_arrears: 0 }],
    ['a non-ISO birth date', { birth_date: '17-04-1959' }],
    ['an empty city instead of null', { city: '' }],
  ])('refuses %s', (_name, change) => {
    expect(signalRecordSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
