import type { PersonenQueryType } from '../../core/brp/brp-source.types.ts';

/**
 * Field paths the dev server accepts, as a tree: `true` marks a leaf (dates and value
 * tables count as leaves). Search types deliver `PersoonBeperkt`, a much smaller tree.
 * Paths outside the tree, and automatically delivered fields, are a 400 as in the spec.
 */
type FieldTree = { [name: string]: true | FieldTree };

const NAAM_BEPERKT: FieldTree = { voornamen: true, adellijkeTitelPredicaat: true, voorvoegsel: true, geslachtsnaam: true, voorletters: true, volledigeNaam: true };
const VERBLIJFADRES: FieldTree = {
  officieleStraatnaam: true, korteStraatnaam: true, huisnummer: true, huisletter: true, huisnummertoevoeging: true, aanduidingBijHuisnummer: true,
  postcode: true, woonplaats: true, regel1: true, regel2: true, regel3: true, land: true, locatiebeschrijving: true,
};

const PERSOON: FieldTree = {
  aNummer: true,
  burgerservicenummer: true,
  datumEersteInschrijvingGBA: true,
  geslacht: true,
  leeftijd: true,
  naam: { ...NAAM_BEPERKT, aanduidingNaamgebruik: true },
  geboorte: { datum: true, land: true, plaats: true },
  overlijden: { datum: true, land: true, plaats: true },
  verblijfplaats: { type: true, datumVan: true, datumIngangGeldigheid: true, functieAdres: true, adresseerbaarObjectIdentificatie: true, nummeraanduidingIdentificatie: true, indicatieVastgesteldVerblijftNietOpAdres: true, verblijfadres: VERBLIJFADRES },
  adressering: { aanhef: true, aanschrijfwijze: true, gebruikInLopendeTekst: true, adresregel1: true, adresregel2: true, adresregel3: true, land: true, indicatieVastgesteldVerblijftNietOpAdres: true },
  gemeenteVanInschrijving: true,
  datumInschrijvingInGemeente: true,
  // Valid in the spec, not in the test set: accepted and left empty.
  nationaliteiten: true, immigratie: true, verblijfstitel: true, kinderen: true, ouders: true, partners: true, gezag: true,
  uitsluitingKiesrecht: true, europeesKiesrecht: true, indicatieCurateleRegister: true,
};

const PERSOON_BEPERKT: FieldTree = {
  burgerservicenummer: true,
  geboorte: { datum: true },
  geslacht: true,
  leeftijd: true,
  naam: NAAM_BEPERKT,
  adressering: { adresregel1: true, adresregel2: true, adresregel3: true, land: true, indicatieVastgesteldVerblijftNietOpAdres: true },
};

export function fieldTreeFor(type: PersonenQueryType): FieldTree {
  return type === 'RaadpleegMetBurgerservicenummer' ? PERSOON : PERSOON_BEPERKT;
}

export function isKnownField(path: string, tree: FieldTree): boolean {
  let node: true | FieldTree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === true || node === undefined || !Object.hasOwn(node, part)) return false;
    node = node[part];
  }
  return true;
}

/**
 * Copies only the requested paths. Asking for a branch gives the whole branch; a
 * polymorphic object (one with `type`) keeps its `type`, which its schema requires.
 */
export function pickFields(source: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const field of fields) copyPath(source, target, field.split('.'));
  return target;
}

function copyPath(source: Record<string, unknown>, target: Record<string, unknown>, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(source, head)) return;
  const value = source[head];
  if (rest.length === 0 || !isObject(value)) {
    target[head] = value;
    return;
  }
  const existing = target[head];
  const child: Record<string, unknown> = isObject(existing) ? existing : {};
  if (typeof value.type === 'string') child.type = value.type;
  copyPath(value, child, rest);
  if (Object.keys(child).length > 0) target[head] = child;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
