/**
 * The DDAS vroegsignalering v1.2 enumerations (VNG/Divosa/NVVK). Stored values are the
 * standard's own literals, so every record maps onto a CBS delivery without translation.
 * Source: reference/ddas/ddas-v1.2-uitwisselmodel.schema.json ($defs.Enum*).
 */
export const SIGNAL_PARTNER_TYPES = [
  'Belastingdienst', 'CAK Eigen bijdrage', 'CAK Zorgverzekeringen', 'Dienst Toeslagen', 'DUO',
  'Energie', 'Huur', 'Hypotheek', 'Overige', 'Water', 'Zorg',
] as const;
export type SignalPartnerType = (typeof SIGNAL_PARTNER_TYPES)[number];

export const SIGNAL_STATUSES = [
  'Nog niet opgepakt', 'Opgepakt', 'Inwoner al bekend bij schuldhulpverlening', 'Inwoner is overleden',
  'Niet opgepakt: andere reden', 'Niet opgepakt: herhaalde melding', 'Niet opgepakt: onterecht signaal',
  'Persoon is geen inwoner (meer) in de gemeente',
] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export const END_RESULTS = [
  '(Budget)advies en/of quick fix', 'Definitief geen contact kunnen krijgen', 'Geen reactie na eerder contact',
  'Inwoner al bekend bij schuldhulpverlening', 'Inwoner heeft al een ander lopend traject',
  'Inwoner heeft zelf al betaald/betalingsregeling getroffen', 'Inwoner is overleden',
  'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering', 'Niet opgepakt: andere reden',
  'Niet opgepakt: herhaalde melding', 'Niet opgepakt: onterecht signaal', 'Persoon is geen inwoner (meer) in de gemeente',
  'Vervolghulp en/of verwijzing', 'Vervolghulp en/of verwijzing financieel', 'Vervolghulp en/of verwijzing niet financieel',
  'Verwijzing zonder tussenkomst inwoner',
] as const;
export type EndResult = (typeof END_RESULTS)[number];

export const CONTACT_KINDS = [
  'Administratief', 'Afspraak op locatie', 'Brief', 'Huisbezoek', 'Kaartje', 'Mail', 'Onbekend', 'Overige',
  'SMS/Whatsapp', 'Telefoon',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const PARTS_OF_DAY = ['Ochtend', 'Middag', 'Avond'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
