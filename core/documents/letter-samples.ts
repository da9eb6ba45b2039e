/**
 * Realistic, invented data for previews and golden tests: what a functional admin sees
 * when editing a template. Names and addresses are fictitious.
 */
import type { LetterBaseData, LetterDataByKey, LetterKey } from './letter-data.ts';

// A small SVG logo, embedded like a real one would be.
const SAMPLE_LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48"><rect width="48" height="48" rx="8" fill="#1d5c8c"/><path d="M10 34 L24 12 L38 34 Z" fill="#fff"/><rect x="58" y="14" width="92" height="8" rx="2" fill="#1d5c8c"/><rect x="58" y="28" width="64" height="6" rx="2" fill="#7fa7c7"/></svg>';

export const SAMPLE_LOGO = `data:image/svg+xml;base64,${btoa(SAMPLE_LOGO_SVG)}`;

const base: LetterBaseData = {
  settings: {
    municipalityName: 'Gemeente Weert',
    senderName: 'Team Schulddienstverlening',
    returnAddress: 'Postbus 950, 6000 AZ Weert',
    visitingAddress: 'Wilhelminasingel 101, 6001 GS Weert',
    phone: '14 0495',
    email: 'schulddienstverlening@weert.nl',
    website: 'www.weert.nl',
    logo: SAMPLE_LOGO,
    footer: 'Gemeente Weert · Wilhelminasingel 101, 6001 GS Weert · telefoon 14 0495\nBereikbaar op werkdagen van 8.30 tot 17.00 uur',
    signatoryName: 'M. Janssen',
    signatoryRole: 'coördinator Schulddienstverlening',
    retentionMonths: 18,
  },
  addressee: {
    initials: 'A.M.',
    prefix: 'van der',
    surname: 'Berg',
    gender: 'unknown',
    street: 'Beekstraat',
    houseNumber: 12,
    houseLetter: 'a',
    houseNumberAddition: null,
    postcode: '6001AB',
    city: 'Weert',
  },
  coAddressees: [],
  letter: { date: '2026-12-07', reference: 'VS-2026-11-0042' },
  signalPartner: { name: 'Wonen Limburg' },
};

export const SAMPLE_LETTER_DATA: LetterDataByKey = {
  invitation_municipality: {
    ...base,
    appointment: { date: '2026-12-15', time: '10:30', place: 'Stadhuis Weert, balie Werk en Inkomen', address: 'Wilhelminasingel 101, 6001 GS Weert' },
    caseManagers: {
      debtServices: { name: 'P. Hendriks', phone: '0495 575 123', email: 'p.hendriks@weert.nl' },
      participation: { name: 'S. el Amrani', phone: null, email: null },
    },
  },
  advance_notice_amw: {
    ...base,
    addressee: { ...base.addressee, initials: 'K.', prefix: "'t", surname: 'Hart', gender: 'female', street: 'Molenstraat', houseNumber: 3, houseLetter: null, houseNumberAddition: 'bis', postcode: '6002 CD' },
    // A couple that were both signalled: one letter, both names.
    coAddressees: [{ initials: 'J.', prefix: null, surname: 'Smeets', gender: 'unknown' }],
    amw: { name: 'Algemeen Maatschappelijk Werk Midden-Limburg', phone: '0495 123 456', website: 'www.amwml.nl' },
    objectionDeadline: '2026-12-10',
  },
  privacy_information: {
    ...base,
    addressee: { ...base.addressee, initials: 'R.', prefix: null, surname: 'Öztürk', gender: 'male', street: 'Sint Willibrordusstraat', houseNumber: 8, houseLetter: null, houseNumberAddition: null, postcode: '6039CA', city: 'Stramproy' },
    signalPartner: { name: 'Woningstichting St. Joseph' },
  },
};

/** Sample data for a template's preview: a partial previews with the common part. */
export function sampleDataFor(key: string): LetterBaseData {
  return key in SAMPLE_LETTER_DATA ? SAMPLE_LETTER_DATA[key as LetterKey] : base;
}
