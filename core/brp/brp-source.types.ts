/**
 * Raw payloads of the Haal Centraal BRP Personen API v2 (personen-openapi-v2.yaml), limited
 * to the fields we request. Only `map-persoon.ts` reads these; everything else uses BrpPerson.
 */

export interface WaardetabelSource {
  code?: string;
  omschrijving?: string;
}

export type AbstractDatumSource =
  | { type: 'Datum'; datum: string; langFormaat: string }
  | { type: 'JaarMaandDatum'; jaar: number; maand: number; langFormaat: string }
  | { type: 'JaarDatum'; jaar: number; langFormaat: string }
  | { type: 'DatumOnbekend'; onbekend?: boolean; langFormaat: string };

export interface NaamSource {
  voornamen?: string;
  voorvoegsel?: string;
  geslachtsnaam?: string;
  voorletters?: string;
  volledigeNaam?: string;
  aanduidingNaamgebruik?: WaardetabelSource;
}

export interface GeboorteSource {
  datum?: AbstractDatumSource;
}

export interface OverlijdenSource {
  datum?: AbstractDatumSource;
}

export interface VerblijfadresBinnenlandSource {
  officieleStraatnaam?: string;
  korteStraatnaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaats?: string;
}

export type VerblijfplaatsSource =
  | { type: 'Adres'; verblijfadres?: VerblijfadresBinnenlandSource; datumVan?: AbstractDatumSource; functieAdres?: WaardetabelSource }
  | { type: 'VerblijfplaatsBuitenland'; verblijfadres?: { regel1?: string; regel2?: string; regel3?: string; land?: WaardetabelSource }; datumVan?: AbstractDatumSource }
  | { type: 'VerblijfplaatsOnbekend'; datumVan?: AbstractDatumSource }
  | { type: 'Locatie'; verblijfadres?: { locatiebeschrijving?: string }; datumVan?: AbstractDatumSource };

export interface AdresseringSource {
  adresregel1?: string;
  adresregel2?: string;
  adresregel3?: string;
  land?: WaardetabelSource;
}

/** `Persoon` (RaadpleegMetBurgerservicenummer) and `PersoonBeperkt` (the search types) in one. */
export interface PersoonSource {
  burgerservicenummer?: string;
  geslacht?: WaardetabelSource;
  leeftijd?: number;
  naam?: NaamSource;
  geboorte?: GeboorteSource;
  overlijden?: OverlijdenSource;
  verblijfplaats?: VerblijfplaatsSource;
  adressering?: AdresseringSource;
  opschortingBijhouding?: { reden?: WaardetabelSource; datum?: AbstractDatumSource };
  geheimhoudingPersoonsgegevens?: boolean;
}

export type PersonenQueryType =
  | 'RaadpleegMetBurgerservicenummer'
  | 'ZoekMetPostcodeEnHuisnummer'
  | 'ZoekMetGeslachtsnaamEnGeboortedatum';

export interface PersonenQueryResponseSource {
  type: PersonenQueryType | string;
  personen?: PersoonSource[];
}

export interface RaadpleegMetBurgerservicenummerSource {
  type: 'RaadpleegMetBurgerservicenummer';
  fields: string[];
  burgerservicenummer: string[];
}

export interface ZoekMetPostcodeEnHuisnummerSource {
  type: 'ZoekMetPostcodeEnHuisnummer';
  fields: string[];
  postcode: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  inclusiefOverledenPersonen?: boolean;
}

export interface ZoekMetGeslachtsnaamEnGeboortedatumSource {
  type: 'ZoekMetGeslachtsnaamEnGeboortedatum';
  fields: string[];
  geslachtsnaam: string;
  geboortedatum: string;
  voorvoegsel?: string;
  inclusiefOverledenPersonen?: boolean;
}

export type PersonenQuerySource =
  | RaadpleegMetBurgerservicenummerSource
  | ZoekMetPostcodeEnHuisnummerSource
  | ZoekMetGeslachtsnaamEnGeboortedatumSource;

/** RFC 7807 problem with the BRP API's invalidParams extension. */
export interface FoutberichtSource {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  invalidParams?: Array<{ type?: string; name?: string; code?: string; reason?: string }>;
}
