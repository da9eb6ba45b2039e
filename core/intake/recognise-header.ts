import { compactFold, foldText } from './fold-text.ts';
import type { SignalField } from './signal-record.ts';

/** A column either feeds a signal field, is a combined address cell, or is dropped. */
export type ColumnTarget = SignalField | 'address';

/**
 * Per-partner override, keyed by the header text as it appears in the partner's file.
 * 'ignore' drops the column even when it would be recognised.
 */
export type PartnerMapping = Record<string, ColumnTarget | 'ignore'>;

// Keys are compact folds (lower case, no diacritics, no spaces or punctuation), so
// "Geb. dat.", "geb-dat" and "GEBDAT" all hit "gebdat".
const KNOWN_HEADERS: Record<string, ColumnTarget> = {};
function known(target: ColumnTarget, ...variants: string[]): void {
  for (const variant of variants) KNOWN_HEADERS[compactFold(variant)] = target;
}
known('initials', 'Voorletters', 'Voorletter', 'Voorl.', 'Vl.', 'Initialen', 'Init.', 'Voorletters huurder');
known('name_prefix', 'Tussenvoegsel', 'Tussenvoegsels', 'Tussenv.', 'Tv.', 'Voorvoegsel', 'Voorv.', 'Voorvoegsels', 'Tussenvoegsel huurder');
known('surname', 'Achternaam', 'Naam', 'Geslachtsnaam', 'Familienaam', 'Achternaam huurder', 'Naam huurder', 'Huurder');
known('birth_date', 'Geboortedatum', 'Geb.datum', 'Geb. dat.', 'Gebdat', 'Geb.dt.', 'Geboren', 'Geboren op', 'Geboortedatum huurder');
known('street', 'Straat', 'Straatnaam', 'Openbare ruimte');
known('house_number', 'Huisnummer', 'Huisnr', 'Huisnr.', 'Nr.', 'Nummer', 'Hnr', 'Huisno');
known('house_letter', 'Huisletter', 'Letter', 'Hl.');
known('house_number_addition', 'Toevoeging', 'Toev.', 'Huisnr. toev.', 'Huisnummertoevoeging', 'Huisnr toevoeging', 'Huisnummer toevoeging', 'Hnr toev.');
known('postcode', 'Postcode', 'PC', 'Postc.');
known('city', 'Woonplaats', 'Plaats', 'Plaatsnaam', 'Stad');
known('phone', 'Telefoon', 'Tel.', 'Telefoonnummer', 'Telefoonnr.', 'Telnr.', 'Tel. nr.', 'Mobiel', 'Mobiel nummer', 'Mobiele telefoon', 'GSM', 'Telefoon mobiel');
known('months_in_arrears', 'Mnd achterstand', 'Mnd. achterstand', 'Maanden achterstand', 'Aantal maanden', 'Aantal mnd', 'Aant. mnd.', 'Maanden huurachterstand', 'Aantal maanden achterstand', 'Achterstand in maanden', 'Achterstand (mnd)', 'Achterstand maanden', 'Maanden', 'Mnd', 'Mnd.');
known('arrears_amount', 'Achterstand', 'Achterstand (€)', 'Achterstand in €', 'Achterstand euro', 'Bedrag', 'Openstaand bedrag', 'Openstaand', 'Achterstandsbedrag', 'Bedrag achterstand', 'Huurachterstand', 'Huurachterstand (€)', 'Saldo', 'Totaal achterstand');
known('signal_date', 'Signaaldatum', 'Datum melding', 'Meldingsdatum', 'Datum signaal', 'Peildatum');
known('address', 'Adres', 'Woonadres', 'Straat en huisnummer', 'Straat + huisnummer', 'Adres huurder');

/**
 * Recognises one header cell without configuration. The partner mapping wins when it
 * names the header (compared exactly first, then folded, so a mapping written as
 * "Geb dat" also matches "Geb. dat."). Returns null for columns we must not take over.
 */
export function recogniseHeader(header: string, partnerMapping: PartnerMapping = {}): ColumnTarget | null {
  const override = findOverride(header, partnerMapping);
  if (override !== undefined) return override === 'ignore' ? null : override;
  const compact = compactFold(header);
  if (compact === '') return null;
  return KNOWN_HEADERS[compact] ?? recogniseByWords(foldText(header));
}

function findOverride(header: string, partnerMapping: PartnerMapping): ColumnTarget | 'ignore' | undefined {
  const exact = partnerMapping[header] ?? partnerMapping[header.trim()];
  if (exact !== undefined) return exact;
  const compact = compactFold(header);
  for (const [key, target] of Object.entries(partnerMapping)) {
    if (compactFold(key) === compact) return target;
  }
  return undefined;
}

// A small second chance for headers with extra words ("Aantal maanden achterstand per
// 31-01"). Deliberately narrow: a broad rule such as "contains nummer" would pick up
// "Huurcontractnummer", which must be dropped.
function recogniseByWords(folded: string): ColumnTarget | null {
  const words = folded.split(' ');
  const has = (...candidates: string[]) => candidates.some((c) => words.includes(c));
  if (has('maanden', 'mnd', 'mnden') && has('achterstand', 'huurachterstand', 'aantal')) return 'months_in_arrears';
  if (has('bedrag', 'euro', 'eur') || (has('achterstand', 'huurachterstand') && words.length <= 3)) return 'arrears_amount';
  if (has('geboortedatum')) return 'birth_date';
  if (has('voorletters')) return 'initials';
  if (has('tussenvoegsel', 'voorvoegsel')) return 'name_prefix';
  if (has('achternaam', 'geslachtsnaam')) return 'surname';
  if (has('postcode')) return 'postcode';
  if (has('woonplaats')) return 'city';
  if (has('telefoonnummer', 'telefoon', 'mobiel')) return 'phone';
  return null;
}
