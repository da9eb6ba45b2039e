import { z } from 'zod';
import type { SignalRecord } from './signal-record.ts';

const isoDate = z.iso.date();
const nullableText = z.string().min(1).nullable();

/**
 * The final guard on every accepted row. Strict: a key outside art. 12.2 makes the row
 * fail loudly in tests instead of slipping into storage.
 */
export const signalRecordSchema = z.strictObject({
  initials: z.string().regex(/^(\p{Lu}\p{Ll}{0,2}\.|IJ\.)+$/u),
  name_prefix: nullableText,
  surname: z.string().min(1).max(100),
  birth_date: isoDate,
  street: z.string().min(1).max(100),
  house_number: z.number().int().min(1).max(99_999),
  house_letter: z.string().regex(/^\p{Lu}$/u).nullable(),
  house_number_addition: z.string().regex(/^[\p{L}\d]{1,4}$/u).nullable(),
  postcode: z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/),
  city: nullableText,
  phone: nullableText,
  months_in_arrears: z.number().positive(),
  arrears_amount: z.number().nonnegative().nullable(),
  signal_date: isoDate.nullable(),
}) satisfies z.ZodType<SignalRecord>;
