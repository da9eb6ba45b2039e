/**
 * The data model. Keys are English; everything a user reads is Dutch (translations).
 * `npm run snapshot` turns this into snapshots/schema.yaml, which `npm start` applies.
 */
import { CONTACT_KINDS, END_RESULTS, PARTS_OF_DAY, SIGNAL_PARTNER_TYPES, SIGNAL_STATUSES } from '../../core/ddas/vocabulary.ts';
import { JOB_KIND_LABELS, JOB_RUN_STATUSES } from '../../jobs/job-kind-labels.ts';
import { f, HIDDEN_ON_CREATE, m2oRelation, type CollectionDefinition, type FieldDefinition } from './field-builders.ts';

const same = (values: readonly string[]) => values.map((v) => [v, v] as const);

/** A retention term in months (issue 12), with what it covers in plain Dutch. */
const retentionMonths = (field: string, label: string, months: number, note: string) =>
  f.integer(field, `Bewaartermijn ${label.toLowerCase()} (maanden)`, {
    default: months,
    required: true,
    note: `${note} Standaard ${months} maanden; stem de termijn af met de functionaris gegevensbescherming.`,
    validation: { _and: [{ [field]: { _gte: 1 } }] },
    validationMessage: 'Minimaal 1 maand.',
    displayOptions: { suffix: ' maanden' },
    display: 'formatted-value',
  });

export const UPLOAD_STATUSES = [
  ['received', 'Ontvangen'],
  ['processing', 'In behandeling'],
  ['processed', 'Verwerkt'],
  ['refused', 'Geweigerd'],
  ['superseded', 'Vervangen door correctie'],
  // issue 8 (jobs): processing broke down after every try; a Dutch reason says what to do.
  ['failed', 'Mislukt'],
] as const;

export const ROUTES = [
  ['municipality', 'Gemeente (uitkering: uitnodiging regisseur)'],
  ['amw', 'AMW'],
  ['none', 'Niet benaderen'],
] as const;

export const MATCH_STATUSES = [
  ['pending', 'Nog niet verrijkt'],
  ['matched', 'Gevonden in BRP'],
  ['ambiguous', 'Meerdere kandidaten'],
  ['not_found', 'Niet gevonden'],
  ['confirmed', 'Bevestigd door medewerker'],
  ['not_resident', 'Geen inwoner (vastgesteld)'],
  ['waiting', 'Wacht op BRP'],
  // issue 8 (jobs): enrichment broke down for another reason than the BRP being away.
  ['failed', 'Verrijking mislukt'],
  // issue 9 (routing): the rented address lies outside the municipality's area; never sent to the BRP.
  ['out_of_area', 'Buiten de gemeente (niet verrijkt)'],
] as const;

/** Where the BRP has the matched tenant, compared with the rented address (issue 9). */
export const BRP_SITUATIONS = [
  ['at_address', 'Woont op het gehuurde adres'],
  ['moved', 'Woont op een ander adres in de gemeente'],
  ['moved_out_of_area', 'Verhuisd buiten de gemeente'],
  ['emigrated', 'Geëmigreerd'],
  ['deceased', 'Overleden'],
  ['address_unknown', 'Verblijfplaats onbekend'],
] as const;

/** The life of a case (issue 9); the allowed transitions live in core/casework/case-status.ts. */
export const CASE_STATUSES = [
  ['new', 'Nieuw'],
  ['picked_up', 'Opgepakt'],
  ['in_contact', 'In contact'],
  ['closed', 'Afgesloten'],
] as const;

/** Whom a tenant already known at debt services goes to (art. 6.1.4, or a local agreement). */
export const KNOWN_CLIENT_ROUTES = [
  ['amw', 'AMW, en de eigen klantmanager wordt geïnformeerd (convenant art. 6.1.4)'],
  ['municipality', 'De eigen klantmanager bij de gemeente (lokale afspraak)'],
] as const;

export const LIVING_SITUATIONS = [
  ['alleenstaand', 'Alleenstaand'],
  ['alleenstaande ouder', 'Alleenstaande ouder'],
  ['paar zonder kinderen', 'Paar zonder kinderen'],
  ['paar met kinderen', 'Paar met kinderen'],
  ['overig', 'Overig'],
] as const;

export const REFERRAL_TARGETS = [
  ['amw', 'AMW'],
  ['sdv', 'Schulddienstverlening gemeente'],
] as const;

export const REFERRAL_STATUSES = [
  ['new', 'Nieuw'],
  ['in_progress', 'In behandeling'],
  ['closed', 'Afgerond'],
  ['referred_back', 'Terugverwezen naar gemeente'],
  // issue 9: a person changed the route away from AMW before AMW started.
  ['withdrawn', 'Ingetrokken'],
] as const;

export const DOCUMENT_KINDS = [
  ['letter', 'Brief'],
  // issue 11: the post room's print of a whole letter run (one PDF, postcode order).
  ['letter_batch', 'Brievenbundel (postkamer)'],
  ['partner_feedback', 'Terugkoppeling aan signaalpartner'],
  ['amw_overview', 'Overzicht voor AMW'],
  ['ddas_export', 'DDAS-levering'],
  // issue 13: the covenant's evaluation (art. 18), aggregates only.
  ['evaluation_report', 'Evaluatierapport'],
  ['error_report', 'Foutenrapport upload'],
  // issue 12 (privacy): the report of everything held about one person, and the retention step's counts.
  ['inzage_report', 'Inzagerapport'],
  ['deletion_report', 'Verwijderrapport'],
] as const;

/**
 * issue 11: a document is `ready` once its file is stored. A staff member asks for a letter
 * again by creating one as `requested` (with a reason); the letters step fulfils it.
 */
export const DOCUMENT_STATUSES = [
  ['requested', 'Aangevraagd'],
  ['ready', 'Klaar'],
  ['failed', 'Mislukt'],
] as const;

export const TEMPLATE_KINDS = [
  ['letter', 'Brief'],
  ['export', 'Export'],
  ['partial', 'Onderdeel (partial)'],
] as const;

export const SOURCE_KINDS = [
  ['benefits', 'Uitkeringen (Participatiewet)'],
  ['debt_services', 'Schulddienstverlening (bekende klanten)'],
  ['water', 'Water'],
  ['energy', 'Energie'],
  ['health_insurance', 'Zorgverzekeraar'],
] as const;

export const FACT_KINDS = [
  ['benefit', 'Uitkering'],
  ['debt_services', 'Bekend bij schulddienstverlening'],
  ['debt_area', 'Schuldgebied'],
] as const;

export const TASK_KINDS = [
  ['missing_upload', 'Upload ontbreekt'],
  ['small_upload', 'Upload opvallend klein'],
  // issue 9 (routing and casework)
  ['rent_withholding', 'Huur inhouden op de uitkering'],
  ['inform_case_manager', 'Klantmanager schulddienstverlening informeren'],
  ['referred_back', 'Terugverwezen door AMW'],
  ['overdue', 'Termijn verlopen'],
  // issue 12: every partner that received the person's data hears of a correction, deletion or objection.
  ['inform_partners', 'Partners informeren (correctie, verwijdering of bezwaar)'],
] as const;

export const TASK_STATUSES = [
  ['open', 'Open'],
  ['done', 'Afgerond'],
] as const;

export const ORGANISATIONS = [
  ['municipality', 'Gemeente'],
  ['amw', 'AMW'],
] as const;

// ── Privacy (issue 12) ─────────────────────────────────────────────────────────────────────

/** Covenant art. 10.3/10.4: what a tenant objects to. */
export const OBJECTION_SCOPES = [
  ['amw', 'Tegen inschakelen AMW (art. 10.4)'],
  ['all', 'Tegen elke benadering'],
] as const;

/** Covenant art. 9: the rights a tenant exercises. */
export const PRIVACY_REQUEST_KINDS = [
  ['inzage', 'Inzage'],
  ['correction', 'Correctie of aanvulling'],
  ['deletion', 'Verwijdering'],
  ['shielding', 'Afscherming'],
] as const;

export const PRIVACY_REQUEST_STATUSES = [
  ['received', 'Ontvangen'],
  ['in_progress', 'In behandeling'],
  ['done', 'Afgehandeld'],
  ['refused', 'Afgewezen'],
] as const;

/** What a person did with personal data (access_log.action). */
export const ACCESS_LOG_ACTIONS = [
  ['read', 'Bekeken'],
  ['list', 'Lijst bekeken'],
  ['search', 'Gezocht'],
  ['export', 'Geëxporteerd'],
  ['download', 'Gedownload'],
] as const;

/** Whose role read (access_log.role): the access model's role keys, by their Dutch names. */
export const ACCESS_LOG_ROLES = [
  ['admin', 'Beheerder'],
  ['functional_admin', 'Functioneel beheerder'],
  ['debt_services', 'Medewerker schulddienstverlening'],
  ['corporation', 'Woningcorporatie'],
  ['social_work', 'AMW'],
  ['worker', 'Worker (servicerol)'],
] as const;

/** What was read (access_log.collection): the collections with personal data (core/privacy/personal-data-collections.ts). */
export const ACCESS_LOG_COLLECTIONS = [
  ['signals', 'Signalen'],
  ['households', 'Huishoudens'],
  ['cases', 'Vroegsignaalzaken'],
  ['referrals', 'Doorverwijzingen'],
  ['contact_attempts', 'Contactpogingen'],
  ['signal_facts', 'Feiten'],
  ['documents', 'Documenten'],
  ['objections', 'Bezwaren'],
  ['privacy_requests', 'Verzoeken van betrokkenen'],
  ['disclosures', 'Verstrekkingen aan derden'],
  ['data_breaches', 'Datalekken'],
  ['uploads', 'Uploads'],
  ['source_lists', 'Bronlijsten'],
] as const;

/** Through which door (access_log.route). */
export const ACCESS_LOG_ROUTES = [
  ['app', 'App'],
  ['api', 'API'],
  ['export', 'Export'],
] as const;

export const DATA_BREACH_STATUSES = [
  ['open', 'Open (in onderzoek)'],
  ['reported', 'Gemeld bij de Autoriteit Persoonsgegevens'],
  ['closed', 'Afgesloten'],
  ['not_reportable', 'Niet meldplichtig'],
] as const;

export const DELETION_REASONS = [
  ['retention', 'Bewaartermijn verlopen'],
  ['erasure', 'Verzoek tot verwijdering'],
] as const;

/**
 * Who a privacy record is about, as far as it is known: the BSN where known, else name,
 * birth date and address (an objection may come before any signal). All optional: the
 * objections hook asks for a BSN or surname, birth date, postcode and house number.
 */
const identityFields = (): FieldDefinition[] => [
  f.string('bsn', 'BSN', { maxLength: 9, indexed: true, note: 'Als het bekend is; anders achternaam, geboortedatum, postcode en huisnummer.' }),
  f.string('initials', 'Voorletters', { maxLength: 20, display: 'vs-text' }),
  f.string('name_prefix', 'Tussenvoegsel', { maxLength: 20, display: 'vs-text' }),
  f.string('surname', 'Achternaam', { display: 'vs-text' }),
  f.date('birth_date', 'Geboortedatum'),
  f.string('postcode', 'Postcode', { maxLength: 6, indexed: true, note: 'Zonder spatie, bijvoorbeeld 6001AB.' }),
  f.integer('house_number', 'Huisnummer'),
  f.string('house_letter', 'Huisletter', { maxLength: 1 }),
  f.string('house_number_addition', 'Huisnummertoevoeging', { maxLength: 10 }),
];

/** Shielding (art. 9): a shielded file is seen only by this role; staff's permissions filter on it. */
const shieldedRoleField = () =>
  f.m2o('shielded_role', 'Afgeschermd: alleen zichtbaar voor', 'directus_roles', 'uuid', {
    template: '{{name}}',
    readonly: true,
    note: 'Gezet bij een verzoek tot afscherming. Leeg: zichtbaar voor iedereen met toegang.',
  });

/** The art. 12.2 personal fields, shared by signals and referrals. */
const personFields = (): FieldDefinition[] => [
  f.string('initials', 'Voorletters', { required: true, maxLength: 20 }),
  f.string('name_prefix', 'Tussenvoegsel', { maxLength: 20, display: 'vs-text' }),
  f.string('surname', 'Achternaam', { required: true }),
  f.date('birth_date', 'Geboortedatum', { required: true }),
  f.string('street', 'Straat', { required: true }),
  f.integer('house_number', 'Huisnummer', { required: true }),
  f.string('house_letter', 'Huisletter', { maxLength: 1 }),
  f.string('house_number_addition', 'Huisnummertoevoeging', { maxLength: 10 }),
  f.string('postcode', 'Postcode', { required: true, maxLength: 6, indexed: true }),
  f.string('city', 'Woonplaats'),
  f.string('phone', 'Telefoonnummer', { maxLength: 30 }),
];

export const collections: CollectionDefinition[] = [
  {
    collection: 'signal_partners',
    label: { singular: 'Signaalpartner', plural: 'Signaalpartners' },
    icon: 'handshake',
    note: 'Partijen die signalen aanleveren of ontvangen (woningcorporaties, AMW, water, energie, zorg).',
    displayTemplate: '{{name}}',
    primaryKey: 'integer',
    fields: [
      f.integerPk(),
      f.string('code', 'Code', { required: true, unique: true, maxLength: 50, note: 'Vaste sleutel, bijvoorbeeld wonen-limburg', validation: { _and: [{ code: { _regex: '^[a-z0-9]+(-[a-z0-9]+)*$' } }] }, validationMessage: 'Alleen kleine letters, cijfers en streepjes' }),
      // vs-text: a task's title names its partner, and a task without one shows nothing there.
      f.string('name', 'Naam', { required: true, display: 'vs-text' }),
      f.choice('partner_type', 'Soort partner (DDAS)', same(SIGNAL_PARTNER_TYPES), { required: true }),
      f.choice('organisation_role', 'Rol in het convenant', [['signal_partner', 'Levert signalen aan'], ['social_work', 'Maatschappelijk werk (ontvangt doorverwijzingen)']], { required: true, default: 'signal_partner' }),
      f.boolean('active', 'Actief', { default: true }),
      // The monthly calendar (missing-uploads): who is chased for which period, and what size is usual.
      f.date('active_from', 'Deelnemer vanaf', { note: 'Eerste dag in het convenant. Leeg: altijd al.' }),
      f.date('active_until', 'Deelnemer tot en met', { note: 'Laatste dag in het convenant. Daarna wordt geen lijst meer verwacht; lopende zaken gaan door.' }),
      f.integer('expected_monthly_signals', 'Verwacht aantal signalen per maand', { note: 'Bijvoorbeeld Wonen Limburg ~250. Een upload onder de helft hiervan levert een taak op om na te vragen of de lijst compleet is.' }),
      f.months('min_months_in_arrears', 'Minimum maanden achterstand (routering)', { note: 'Leeg: de algemene instelling geldt (standaard geen minimum; het convenant kent er geen). Signalen onder het minimum worden niet opgepakt.' }),
      f.divider('contact_divider', 'Contactgegevens'),
      f.string('contact_name', 'Contactpersoon'),
      f.string('contact_email', 'E-mail contactpersoon'),
      f.string('contact_phone', 'Telefoon contactpersoon', { maxLength: 30 }),
      f.string('kvk_number', 'KvK-nummer', { maxLength: 8 }),
      f.json('header_mapping', 'Kolomtoewijzing voor afwijkende exports', {
        interface: 'list',
        options: {
          fields: [
            { field: 'header', name: 'Kolomkop in bestand', type: 'string', meta: { interface: 'input', width: 'half', translations: [{ language: 'nl-NL', translation: 'Kolomkop in bestand' }] } },
            { field: 'target', name: 'Betekenis', type: 'string', meta: { interface: 'select-dropdown', width: 'half', options: { choices: [
              ['initials', 'Voorletters'], ['name_prefix', 'Tussenvoegsel'], ['surname', 'Achternaam'], ['birth_date', 'Geboortedatum'],
              ['street', 'Straat'], ['house_number', 'Huisnummer'], ['house_letter', 'Huisletter'], ['house_number_addition', 'Huisnummertoevoeging'],
              ['postcode', 'Postcode'], ['city', 'Woonplaats'], ['phone', 'Telefoonnummer'], ['months_in_arrears', 'Maanden achterstand'],
              ['arrears_amount', 'Achterstandsbedrag'], ['signal_date', 'Signaaldatum'], ['address', 'Adres (straat + huisnummer)'], ['ignore', 'Negeren'],
            ].map(([value, text]) => ({ value, text })) } } },
          ],
          template: '{{header}} → {{target}}',
        },
        note: 'Alleen nodig als een kolomkop niet automatisch wordt herkend.',
      }),
      f.dateCreated(),
    ],
  },
  {
    collection: 'uploads',
    label: { singular: 'Upload', plural: 'Uploads' },
    icon: 'upload_file',
    note: 'Maandelijkse lijsten van signaalpartners met de verwerkingsuitslag.',
    displayTemplate: '{{partner.name}} {{period}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.m2o('partner', 'Signaalpartner', 'signal_partners', 'integer', { required: true, template: '{{name}}', note: 'Voor woningcorporaties wordt dit automatisch ingevuld.' }),
      f.string('period', 'Periode (JJJJ-MM)', { display: 'vs-period', required: true, maxLength: 7, validation: { _and: [{ period: { _regex: '^20[0-9]{2}-(0[1-9]|1[0-2])$' } }] }, validationMessage: 'Vul de periode in als JJJJ-MM, bijvoorbeeld 2026-11.' }),
      // Once saved the file is read and deleted: an empty file box would only confuse.
      f.m2o('file', 'Bestand', 'directus_files', 'uuid', { required: false, conditions: [{ name: 'Verborgen na opslaan', rule: { id: { _nnull: true } }, hidden: true }], note: 'Excel (.xlsx) of CSV. Het bestand wordt na verwerking verwijderd; alleen de toegestane gegevens worden bewaard.' }),
      f.string('file_name', 'Bestandsnaam', { readonly: true, conditions: HIDDEN_ON_CREATE }),
      f.choice('status', 'Status', UPLOAD_STATUSES, { readonly: true, default: 'received', conditions: HIDDEN_ON_CREATE }),
      f.text('summary', 'Samenvatting', { readonly: true, conditions: HIDDEN_ON_CREATE }),
      // Our own interface: Directus's links interface greys out its buttons on a form the
      // user may not edit, which is every corporation's upload (issue 10, point 3).
      f.appInterface('error_report_download', 'Samenvatting en foutenrapport', 'vs-upload-result', { conditions: HIDDEN_ON_CREATE }),
      f.integer('rows_read', 'Rijen gelezen', { readonly: true, conditions: HIDDEN_ON_CREATE }),
      f.integer('accepted', 'Geaccepteerd', { readonly: true, conditions: HIDDEN_ON_CREATE }),
      f.integer('rejected', 'Afgewezen', { readonly: true, conditions: HIDDEN_ON_CREATE }),
      f.integer('duplicates', 'Dubbel', { readonly: true, conditions: HIDDEN_ON_CREATE }),
      f.tags('dropped_columns', 'Niet overgenomen kolommen', { readonly: true, conditions: HIDDEN_ON_CREATE, note: 'Kolommen die volgens art. 12.2 van het convenant niet mogen worden aangeleverd.' }),
      f.json('error_report', 'Fouten per rij', {
        readonly: true,
        conditions: HIDDEN_ON_CREATE,
        interface: 'list',
        options: {
          fields: [
            { field: 'row', name: 'Rij', type: 'integer', meta: { interface: 'input', width: 'half', translations: [{ language: 'nl-NL', translation: 'Rij' }] } },
            { field: 'column', name: 'Kolom', type: 'string', meta: { interface: 'input', width: 'half', translations: [{ language: 'nl-NL', translation: 'Kolom' }] } },
            { field: 'message', name: 'Melding', type: 'string', meta: { interface: 'input', width: 'full', translations: [{ language: 'nl-NL', translation: 'Melding' }] } },
          ],
          template: 'Rij {{row}} · {{column}}: {{message}}',
        },
      }),
      f.links('period_enrichment', 'Verrijking', [{ label: 'Alle signalen van deze periode opnieuw verrijken (BRP)', icon: 'refresh', url: '../../../vroegsignalering/uploads/{{id}}/opnieuw-verrijken' }], { conditions: HIDDEN_ON_CREATE }),
      f.string('content_hash', 'Inhoudscontrole (SHA-256)', { readonly: true, hidden: true, maxLength: 64, indexed: true }),
      f.m2o('replaces', 'Vervangt upload', 'uploads', 'uuid', { readonly: true, template: '{{period}} {{date_created}}', conditions: HIDDEN_ON_CREATE }),
      f.timestamp('processed_at', 'Verwerkt op', { readonly: true, conditions: HIDDEN_ON_CREATE }),
      f.userCreated({ conditions: HIDDEN_ON_CREATE }),
      f.dateCreated({ conditions: HIDDEN_ON_CREATE }),
      f.o2m('signals', 'Signalen', { template: '{{initials}} {{name_prefix}} {{surname}}', hidden: true }),
    ],
    relations: [
      m2oRelation('uploads', 'partner', 'signal_partners', 'NO ACTION'),
      m2oRelation('uploads', 'file', 'directus_files', 'SET NULL'),
      m2oRelation('uploads', 'replaces', 'uploads', 'SET NULL'),
      m2oRelation('uploads', 'user_created', 'directus_users', 'SET NULL'),
    ],
  },
  {
    collection: 'households',
    label: { singular: 'Huishouden', plural: 'Huishoudens' },
    icon: 'home',
    note: 'Een adres met afgeleide feiten; gegevens van andere bewoners worden niet bewaard.',
    displayTemplate: '{{address}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      // What people read ("Markt 60, 9731 HM Weert"); the key below is for matching only.
      f.string('address', 'Adres', { readonly: true, display: 'vs-text', width: 'full', note: 'Het gehuurde adres zoals de signaalpartner het aanleverde.' }),
      f.string('address_key', 'Adressleutel', { required: true, unique: true, readonly: true, hidden: true, note: 'Postcode, huisnummer, huisletter en toevoeging' }),
      f.boolean('has_minor_children', 'Minderjarige kinderen', { default: null }),
      f.integer('household_size', 'Omvang huishouden'),
      f.choice('living_situation', 'Leefsituatie', LIVING_SITUATIONS),
      f.string('facts_source', 'Bron van de feiten', { readonly: true }),
      f.date('facts_date', 'Datum van de feiten', { readonly: true }),
      shieldedRoleField(),
      f.dateCreated(),
      f.o2m('signals', 'Signalen', { template: '{{period}} {{surname}}' }),
      f.o2m('cases', 'Zaken', { template: '{{route}} {{date_matched}}' }),
    ],
    relations: [m2oRelation('households', 'shielded_role', 'directus_roles', 'SET NULL')],
  },
  {
    collection: 'cases',
    label: { singular: 'Vroegsignaalzaak', plural: 'Vroegsignaalzaken' },
    icon: 'folder_shared',
    note: 'De opvolging van een signaal: route, prioriteit, contactpogingen en eindresultaat (DDAS).',
    displayTemplate: '{{household.address}} · {{route}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.m2o('household', 'Huishouden', 'households', 'uuid', { template: '{{address}}', readonly: true }),
      f.string('period', 'Periode', { display: 'vs-period', interface: 'vs-period-text', maxLength: 7, readonly: true, indexed: true, note: 'De maand van het signaal waarmee de zaak begon.' }),
      f.choice('status', 'Status', CASE_STATUSES, { required: true, default: 'new' }),
      f.integer('priority', 'Prioriteit', { readonly: true, note: '1 is eerst (per periode): gezinnen met minderjarige kinderen eerst (art. 4.1), daarna meer maanden achterstand, dan een hoger bedrag.' }),
      f.m2o('assigned_to', 'Behandelaar', 'directus_users', 'uuid', { template: '{{first_name}} {{last_name}}' }),
      // A URL that starts with '/' is a router link inside the app (/admin/...): exactly the
      // module's case page (core/screens/case-page/case-page-path.ts), opened in the same tab.
      f.links('case_page', 'Zaakpagina', [{ label: 'Zaakpagina openen', icon: 'open_in_new', url: '/vroegsignalering/zaken/{{id}}' }]),
      f.divider('decision_divider', 'Beslissing'),
      f.choice('route', 'Route', ROUTES, { note: 'Wijzigen kan alleen met een reden; de beslissing van de regel blijft ernaast bewaard.' }),
      f.text('reason', 'Waarom deze route', { readonly: true }),
      f.string('decided_by_rule', 'Beslist door regel', { readonly: true }),
      f.choice('rule_route', 'Route volgens de regel', ROUTES, { readonly: true }),
      f.text('override_reason', 'Reden van de handmatige wijziging', { note: 'Verplicht als u de route wijzigt.' }),
      f.m2o('overridden_by', 'Route gewijzigd door', 'directus_users', 'uuid', { readonly: true, template: '{{first_name}} {{last_name}}' }),
      f.timestamp('overridden_at', 'Route gewijzigd op', { readonly: true }),
      f.json('decision_facts', 'Feiten bij de beslissing', { readonly: true, hidden: true }),
      f.boolean('has_minor_children', 'Minderjarige kinderen', { readonly: true, default: null }),
      f.months('months_in_arrears', 'Maanden achterstand (hoogste)', { readonly: true }),
      f.euros('arrears_amount', 'Achterstandsbedrag (€, totaal)', { readonly: true }),
      f.boolean('attention', 'Aandacht nodig', { default: false }),
      f.text('attention_reason', 'Waarom aandacht', { readonly: true }),
      f.divider('dates_divider', 'Data (DDAS)'),
      f.date('date_matched', 'Datum gematcht', { readonly: true }),
      f.date('date_picked_up', 'Datum opgepakt'),
      f.date('date_first_contact', 'Datum eerste contact'),
      f.date('date_first_talk', 'Datum eerste gesprek'),
      f.date('date_closed', 'Datum afgesloten'),
      f.choice('result', 'Eindresultaat (DDAS)', same(END_RESULTS), { note: 'Verplicht bij afsluiten.' }),
      f.divider('talk_divider', 'Uitnodiging gemeente (bij een uitkering)'),
      f.timestamp('talk_at', 'Gesprek op (datum en tijd)'),
      f.string('talk_place', 'Plaats van het gesprek'),
      f.m2o('regisseur_sdv', 'Regisseur schulddienstverlening', 'directus_users', 'uuid', { template: '{{first_name}} {{last_name}}' }),
      f.m2o('regisseur_participatie', 'Regisseur participatie', 'directus_users', 'uuid', { template: '{{first_name}} {{last_name}}' }),
      f.boolean('rent_withholding_consent', 'Machtiging huur inhouden gegeven (art. 10.5)', { default: false }),
      f.date('consent_date', 'Datum machtiging'),
      shieldedRoleField(),
      f.userCreated(),
      f.dateCreated(),
      f.dateUpdated(),
      f.o2m('signals', 'Signalen', { template: '{{period}} {{initials}} {{surname}}' }),
      f.o2m('contact_attempts', 'Contactpogingen', { template: '{{date}} {{kind}}', readonly: false }),
      f.o2m('referrals', 'Doorverwijzingen', { template: '{{target}} {{status}}' }),
      f.o2m('tasks', 'Taken', { template: '{{kind}} {{status}}' }),
    ],
    relations: [
      m2oRelation('cases', 'household', 'households', 'SET NULL', 'cases'),
      m2oRelation('cases', 'assigned_to', 'directus_users', 'SET NULL'),
      m2oRelation('cases', 'overridden_by', 'directus_users', 'SET NULL'),
      m2oRelation('cases', 'regisseur_sdv', 'directus_users', 'SET NULL'),
      m2oRelation('cases', 'regisseur_participatie', 'directus_users', 'SET NULL'),
      m2oRelation('cases', 'user_created', 'directus_users', 'SET NULL'),
      m2oRelation('cases', 'shielded_role', 'directus_roles', 'SET NULL'),
    ],
  },
  {
    collection: 'signals',
    label: { singular: 'Signaal', plural: 'Signalen' },
    icon: 'notification_important',
    note: 'Eén signaal per huurder per partner per periode, met alleen de velden van art. 12.2.',
    displayTemplate: '{{initials}} {{name_prefix}} {{surname}} · {{period}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.m2o('partner', 'Corporatie', 'signal_partners', 'integer', { required: true, template: '{{name}}', readonly: true }),
      f.string('period', 'Periode', { display: 'vs-period', interface: 'vs-period-text', required: true, maxLength: 7, readonly: true, indexed: true }),
      f.choice('status', 'Signaalstatus (DDAS)', same(SIGNAL_STATUSES), { required: true, default: 'Nog niet opgepakt' }),
      f.divider('person_divider', 'Huurder (art. 12.2)'),
      ...personFields(),
      f.months('months_in_arrears', 'Maanden achterstand', { required: true }),
      f.euros('arrears_amount', 'Achterstandsbedrag (€)'),
      f.date('signal_date', 'Signaaldatum', { required: true }),
      f.divider('link_divider', 'Koppelingen'),
      f.m2o('upload', 'Upload', 'uploads', 'uuid', { readonly: true, template: '{{period}}' }),
      f.m2o('household', 'Huishouden', 'households', 'uuid', { template: '{{address}}' }),
      f.m2o('case', 'Zaak', 'cases', 'uuid', { template: '{{route}}' }),
      f.boolean('is_repeat', 'Herhaald signaal', { readonly: true, default: false, note: 'Dezelfde huurder is in een eerdere periode al gemeld.' }),
      f.m2o('previous_signal', 'Vorig signaal', 'signals', 'uuid', { readonly: true, template: '{{period}}' }),
      f.string('tenant_key', 'Huurdersleutel', { readonly: true, hidden: true, indexed: true }),
      f.divider('enrichment_divider', 'Verrijking (alleen gemeente)'),
      f.choice('match_status', 'BRP-koppeling', MATCH_STATUSES, { default: 'pending', readonly: true, indexed: true }),
      f.string('bsn', 'BSN huurder', { maxLength: 9, readonly: true, note: 'Alleen het BSN van de huurder zelf; gegevens van andere bewoners worden niet bewaard.' }),
      f.decimal('match_confidence', 'Zekerheid koppeling', 4, 3, { readonly: true }),
      f.json('match_reasons', 'Redenen koppeling', { readonly: true, interface: 'tags', display: 'labels' }),
      // The links interface routes a URL that starts with '/' inside the app (/admin/…), so the
      // review screen of the module is '/vroegsignalering/…'. A relative URL becomes a plain
      // link resolved from /admin/content/<collection>/<id>: '../../../' reaches the API root,
      // where the re-enrichment confirmation page lives.
      f.links('match_review', 'Controle BRP-koppeling', [
        { label: 'Kandidaten bekijken en beslissen', icon: 'person_search', url: '/vroegsignalering/signalen/{{id}}/brp-controle' },
        { label: 'Opnieuw verrijken', icon: 'refresh', url: '../../../vroegsignalering/signals/{{id}}/opnieuw-verrijken' },
      ]),
      f.json('match_candidates', 'Kandidaten (zonder persoonsgegevens)', { readonly: true, hidden: true }),
      f.m2o('match_decided_by', 'Beslist door', 'directus_users', 'uuid', { readonly: true, template: '{{first_name}} {{last_name}}' }),
      f.timestamp('match_decided_at', 'Beslist op', { readonly: true }),
      f.timestamp('enriched_at', 'Verrijkt op', { readonly: true }),
      f.boolean('has_benefit', 'Participatiewet-uitkering', { readonly: true, default: null }),
      f.string('benefit_kind', 'Soort uitkering', { readonly: true }),
      f.boolean('known_at_debt_services', 'Bekend bij schulddienstverlening', { readonly: true, default: null }),
      f.tags('debt_areas', 'Schuldgebieden', { readonly: true }),
      f.choice('brp_situation', 'Verblijf volgens BRP', BRP_SITUATIONS, { readonly: true }),
      f.divider('routing_divider', 'Routering'),
      f.text('route_trace', 'Waarom deze beslissing', { readonly: true }),
      f.timestamp('routed_at', 'Gerouteerd op', { readonly: true }),
      f.o2m('facts', 'Feiten met bron en datum', { template: '{{fact}}: {{value}} ({{source_kind}}, {{source_date}})' }),
      shieldedRoleField(),
      f.userCreated(),
      f.dateCreated(),
      f.dateUpdated(),
    ],
    relations: [
      m2oRelation('signals', 'match_decided_by', 'directus_users', 'SET NULL'),
      m2oRelation('signals', 'partner', 'signal_partners', 'NO ACTION'),
      m2oRelation('signals', 'upload', 'uploads', 'SET NULL', 'signals'),
      m2oRelation('signals', 'household', 'households', 'SET NULL', 'signals'),
      m2oRelation('signals', 'case', 'cases', 'SET NULL', 'signals'),
      m2oRelation('signals', 'previous_signal', 'signals', 'SET NULL'),
      m2oRelation('signals', 'user_created', 'directus_users', 'SET NULL'),
      m2oRelation('signals', 'shielded_role', 'directus_roles', 'SET NULL'),
    ],
  },
  {
    collection: 'referrals',
    label: { singular: 'Doorverwijzing', plural: 'Doorverwijzingen' },
    icon: 'forward_to_inbox',
    note: 'Overdracht aan AMW (art. 12.3) of terug naar schulddienstverlening.',
    displayTemplate: '{{initials}} {{name_prefix}} {{surname}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.m2o('case', 'Zaak', 'cases', 'uuid', { readonly: true }),
      f.choice('target', 'Naar', REFERRAL_TARGETS, { required: true }),
      f.m2o('partner', 'Ontvangende organisatie', 'signal_partners', 'integer', { template: '{{name}}', note: 'Bij AMW: de organisatie voor maatschappelijk werk die de doorverwijzing ontvangt.' }),
      f.choice('status', 'Status', REFERRAL_STATUSES, { required: true, default: 'new' }),
      f.integer('priority', 'Prioriteit', { readonly: true, note: 'Lager is eerder: gezinnen met minderjarige kinderen eerst.' }),
      f.date('date_sent', 'Verstuurd op', { readonly: true, note: 'AMW ziet de doorverwijzing vanaf deze datum (na de vooraankondiging).' }),
      // An app route (starts with '/'): the module's referral page, where a contact attempt
      // is recorded for this referral in one step (issue 10, point 8).
      f.links('attempt_page', 'Contactpoging', [{ label: 'Contactpoging vastleggen', icon: 'call', url: '/vroegsignalering/doorverwijzingen/{{id}}' }]),
      f.string('period', 'Periode', { display: 'vs-period', interface: 'vs-period-text', maxLength: 7, readonly: true, indexed: true }),
      f.divider('person_divider', 'Huurder (art. 12.3)'),
      ...personFields(),
      f.choice('living_situation', 'Leefsituatie', LIVING_SITUATIONS),
      f.tags('debt_areas', 'Schuldgebieden'),
      f.divider('municipality_divider', 'Alleen voor de gemeente'),
      f.euros('arrears_amount', 'Achterstandsbedrag (€)'),
      f.months('months_in_arrears', 'Maanden achterstand'),
      f.divider('outcome_divider', 'Uitkomst'),
      f.choice('outcome', 'Uitkomst (DDAS)', same(END_RESULTS)),
      f.text('outcome_note', 'Toelichting uitkomst'),
      f.date('date_outcome', 'Datum uitkomst'),
      f.date('date_referred_back', 'Terugverwezen op', { readonly: true }),
      f.dateCreated(),
      f.dateUpdated(),
      f.o2m('contact_attempts', 'Contactpogingen', { template: '{{date}} {{kind}}', readonly: false }),
    ],
    relations: [m2oRelation('referrals', 'case', 'cases', 'CASCADE', 'referrals'), m2oRelation('referrals', 'partner', 'signal_partners', 'NO ACTION')],
  },
  {
    collection: 'contact_attempts',
    label: { singular: 'Contactpoging', plural: 'Contactpogingen' },
    icon: 'call',
    note: 'Elke poging om de huurder te bereiken (DDAS contactsoort en dagdeel).',
    displayTemplate: '{{date}} · {{kind}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.m2o('case', 'Zaak', 'cases', 'uuid', { readonly: true }),
      // With whom: the household's name and address, fields AMW and staff both read (art. 12.3).
      // Only required fields: Directus shows an empty one in a template as "--".
      f.m2o('referral', 'Doorverwijzing (huurder)', 'referrals', 'uuid', { template: '{{initials}} {{surname}}, {{street}} {{house_number}}, {{postcode}}' }),
      f.choice('kind', 'Soort contact (DDAS)', same(CONTACT_KINDS), { required: true }),
      f.boolean('reached', 'Bereikt', { required: true, default: false }),
      f.date('date', 'Datum', { required: true }),
      f.choice('part_of_day', 'Dagdeel (DDAS)', same(PARTS_OF_DAY)),
      f.choice('organisation', 'Organisatie', ORGANISATIONS, { readonly: true }),
      f.text('note', 'Toelichting (gemeente)'),
      f.text('amw_note', 'Toelichting (AMW, alleen voor AMW)', { note: 'Elke partner houdt zijn eigen dossier (art. 11.1); de gemeente ziet alleen de DDAS-codes.' }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [
      m2oRelation('contact_attempts', 'case', 'cases', 'CASCADE', 'contact_attempts'),
      m2oRelation('contact_attempts', 'referral', 'referrals', 'CASCADE', 'contact_attempts'),
      m2oRelation('contact_attempts', 'user_created', 'directus_users', 'SET NULL'),
    ],
  },
  {
    collection: 'source_lists',
    label: { singular: 'Bronlijst', plural: 'Bronlijsten' },
    icon: 'fact_check',
    note: 'Exports uit het uitkeringssysteem, het schuldhulpsysteem en lijsten van water-, energie- en zorgpartners.',
    displayTemplate: '{{kind}} {{reference_date}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.choice('kind', 'Soort lijst', SOURCE_KINDS, { required: true }),
      f.date('reference_date', 'Peildatum van de lijst', { required: true }),
      f.m2o('file', 'Bestand', 'directus_files', 'uuid', { note: 'Excel (.xlsx) of CSV. Rijen zonder signaal worden niet bewaard; het bestand wordt na verwerking verwijderd.' }),
      f.string('file_name', 'Bestandsnaam', { readonly: true }),
      f.choice('status', 'Status', UPLOAD_STATUSES, { readonly: true, default: 'received' }),
      f.text('summary', 'Samenvatting', { readonly: true }),
      f.integer('rows_read', 'Rijen gelezen', { readonly: true }),
      f.integer('matched', 'Gekoppeld aan signalen', { readonly: true }),
      f.integer('unmatched', 'Zonder signaal (niet bewaard)', { readonly: true }),
      f.integer('rejected', 'Afgewezen', { readonly: true }),
      f.json('error_report', 'Fouten per rij', { readonly: true }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [
      m2oRelation('source_lists', 'file', 'directus_files', 'SET NULL'),
      m2oRelation('source_lists', 'user_created', 'directus_users', 'SET NULL'),
    ],
  },
  {
    collection: 'signal_facts',
    label: { singular: 'Feit', plural: 'Feiten' },
    icon: 'label',
    note: 'Wat de gemeente over een signaal weet, met bron en datum; een nieuwere lijst vervangt een oudere.',
    displayTemplate: '{{fact}}: {{value}}',
    primaryKey: 'uuid',
    hidden: true,
    fields: [
      f.uuidPk(),
      f.m2o('signal', 'Signaal', 'signals', 'uuid', { required: true }),
      f.choice('fact', 'Feit', FACT_KINDS, { required: true }),
      f.string('value', 'Waarde', { required: true }),
      f.m2o('source_list', 'Bronlijst', 'source_lists', 'uuid'),
      f.choice('source_kind', 'Bron', SOURCE_KINDS, { required: true }),
      f.date('source_date', 'Datum van de bron', { required: true }),
      f.dateCreated(),
    ],
    relations: [
      m2oRelation('signal_facts', 'signal', 'signals', 'CASCADE', 'facts'),
      m2oRelation('signal_facts', 'source_list', 'source_lists', 'SET NULL'),
    ],
  },
  {
    collection: 'templates',
    label: { singular: 'Sjabloon', plural: 'Sjablonen' },
    icon: 'description',
    note: 'Handlebars-sjablonen voor brieven en exports.',
    displayTemplate: '{{name}}',
    primaryKey: 'integer',
    fields: [
      f.integerPk(),
      f.string('key', 'Sleutel', { required: true, unique: true, maxLength: 100 }),
      f.string('name', 'Naam', { required: true }),
      f.choice('kind', 'Soort', TEMPLATE_KINDS, { required: true }),
      f.boolean('active', 'Actief', { default: true }),
      f.text('description', 'Omschrijving'),
      f.code('source', 'Sjabloon (Handlebars)', 'htmlmixed', { required: true, note: 'Variabelen tussen {{ }}; onderdelen met {{> naam}}. Elke brief bevat {{> rights}} (de rechten van de huurder). Bij opslaan wordt het sjabloon gecontroleerd.' }),
      // issue 11: the editor's preview (HTML with sample data, problems with line, PDF).
      f.appInterface('preview', 'Voorbeeld', 'vs-template-preview'),
      // Raised by the templates hook on every change of `source`; a document records the version it used.
      f.integer('version', 'Versie', { readonly: true, default: 1, note: 'Wordt bij elke wijziging van het sjabloon met één verhoogd. Eerdere versies staan onder Revisies.' }),
      // sha256 of the shipped default: seeding updates a template only while its source still matches it.
      f.string('default_hash', 'Kenmerk standaardtekst', { readonly: true, hidden: true, maxLength: 64 }),
      f.dateUpdated(),
    ],
  },
  {
    collection: 'documents',
    label: { singular: 'Document', plural: 'Documenten' },
    icon: 'draft',
    note: 'Gegenereerde brieven en exports.',
    displayTemplate: '{{kind}} · {{period}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.choice('kind', 'Soort', DOCUMENT_KINDS, { required: true }),
      f.m2o('file', 'Bestand', 'directus_files', 'uuid'),
      f.m2o('template', 'Sjabloon', 'templates', 'integer', { template: '{{name}}' }),
      f.m2o('case', 'Zaak', 'cases', 'uuid'),
      f.m2o('partner', 'Signaalpartner', 'signal_partners', 'integer', { template: '{{name}}' }),
      f.string('period', 'Periode', { display: 'vs-period', maxLength: 7 }),
      // issue 11: letters and exports.
      f.choice('status', 'Status', DOCUMENT_STATUSES, { default: 'ready' }),
      f.m2o('household', 'Huishouden', 'households', 'uuid', { template: '{{address}}' }),
      f.integer('template_version', 'Sjabloonversie', { readonly: true, note: 'De versie van het sjabloon waarmee dit document is gemaakt.' }),
      f.string('template_key', 'Sleutel sjabloon', { readonly: true, hidden: true, maxLength: 100 }),
      // The letter planner's idempotency key: a letter run made twice produces nothing new.
      f.string('letter_key', 'Sleutel brief', { readonly: true, hidden: true, unique: true, maxLength: 200 }),
      f.m2o('reissue_of', 'Opnieuw maken van', 'documents', 'uuid', { template: '{{kind}} · {{period}}' }),
      f.text('reissue_reason', 'Reden om opnieuw te maken', { note: 'Verplicht bij een nieuwe brief voor dezelfde zaak (minstens 5 tekens).' }),
      f.integer('rows', 'Aantal rijen', { readonly: true }),
      f.text('summary', 'Samenvatting', { readonly: true, note: 'Alleen aantallen, geen persoonsgegevens.' }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [
      m2oRelation('documents', 'file', 'directus_files', 'SET NULL'),
      m2oRelation('documents', 'template', 'templates', 'SET NULL'),
      m2oRelation('documents', 'case', 'cases', 'SET NULL'),
      m2oRelation('documents', 'partner', 'signal_partners', 'SET NULL'),
      m2oRelation('documents', 'household', 'households', 'SET NULL'),
      m2oRelation('documents', 'reissue_of', 'documents', 'SET NULL'),
      m2oRelation('documents', 'user_created', 'directus_users', 'SET NULL'),
    ],
  },
  {
    collection: 'app_settings',
    label: { singular: 'Instellingen', plural: 'Instellingen' },
    icon: 'tune',
    note: 'Instellingen van de gemeente voor routering en de maandcyclus.',
    singleton: true,
    primaryKey: 'integer',
    fields: [
      f.integerPk(),
      f.string('municipality_name', 'Naam gemeente', { required: true, default: 'Gemeente Weert' }),
      f.string('municipality_code', 'Gemeentecode (CBS)', { maxLength: 4, default: '0988' }),
      f.divider('routing_divider', 'Routering (convenant art. 4.1, 6.1, 12.2)'),
      f.months('min_months_in_arrears', 'Minimum maanden achterstand (alle partners)', { note: 'Leeg: geen minimum; het convenant kent er geen (art. 12.2: de maanden bepalen alleen de volgorde). Per signaalpartner kan een eigen minimum gelden.' }),
      f.integer('repeat_waiting_months', 'Wachttermijn herhaalde signalen (maanden)', { default: 3, note: 'Een nieuw signaal binnen deze termijn voor een huishouden met een open zaak voegt zich bij die zaak.' }),
      f.tags('municipal_benefit_kinds', 'Uitkeringen die de gemeente betaalt', { note: 'Bij deze uitkeringen nodigt de gemeente uit en wordt huur ingehouden. Participatiewet telt altijd. Leeg: Participatiewet, IOAW, IOAZ en Bbz.' }),
      f.tags('counted_debt_areas', 'Schuldgebieden die meetellen', { note: 'Leeg: alle schuldgebieden uit de bronlijsten. Deze gebieden ziet AMW.' }),
      f.choice('known_client_route', 'Al bekend bij schulddienstverlening, geen uitkering', KNOWN_CLIENT_ROUTES, { default: 'amw' }),
      f.text('area_postcodes', 'Postcodegebied van de gemeente', { note: 'Bijvoorbeeld "6000-6009, 6030-6039". Leeg met lege plaatsen: geen beperking. Signalen buiten het gebied worden niet verrijkt.' }),
      f.tags('area_places', 'Woonplaatsen in de gemeente', { note: 'Bijvoorbeeld Weert, Stramproy. Een signaal telt als binnen de gemeente als postcode óf woonplaats past.' }),
      f.integer('overdue_contact_days', 'Termijn eerste contactpoging (dagen)', { default: 14 }),
      f.integer('overdue_first_talk_days', 'Termijn eerste gesprek (dagen)', { default: 28 }),
      f.divider('calendar_divider', 'Maandcyclus'),
      f.integer('partner_feedback_day', 'Terugkoppeling aan corporaties vóór dag', { default: 10 }),
      f.integer('amw_overview_day', 'Overzicht aan AMW op dag', { default: 11 }),
      // issue 12: one term per category; the retention step deletes what has expired. Defaults
      // the municipality confirms with its privacy officer (FG). Letters name the longest case term.
      f.divider('retention_divider', 'Bewaartermijnen (art. 12.5)'),
      retentionMonths('retention_signal_no_case_months', 'Signalen zonder zaak', 6, 'Signalen die niet tot een zaak leidden (geen inwoner, onder het minimum, niet benaderd), met hun feiten: zoveel maanden na de periode van het signaal.'),
      retentionMonths('retention_case_no_help_months', 'Zaken zonder vervolghulp', 12, 'Afgesloten zaken zonder vervolghulp, met signalen, doorverwijzingen, contactpogingen en brieven: zoveel maanden na afsluiten. Brieven noemen de langste van de twee zaaktermijnen.'),
      retentionMonths('retention_case_with_help_months', 'Zaken met vervolghulp', 24, 'Afgesloten zaken waarin hulp is gestart (schulddienstverlening of AMW): zoveel maanden na afsluiten. Brieven noemen de langste van de twee zaaktermijnen.'),
      retentionMonths('retention_error_report_months', 'Foutenrapporten van uploads', 3, 'De fouten per rij van een upload (die namen kunnen bevatten): zoveel maanden na de upload. De aantallen blijven.'),
      retentionMonths('retention_source_facts_months', 'Feiten uit bronlijsten', 3, 'Bronlijsten (uitkering, schuldhulp, water, energie, zorg) en hun foutenrapporten: zoveel maanden na de peildatum. Feiten bij een signaal volgen het signaal.'),
      retentionMonths('retention_documents_months', 'Exports en brievenbundels', 12, 'Terugkoppelingen, AMW-overzichten, DDAS-leveringen en brievenbundels voor de postkamer, met hun bestanden: zoveel maanden na het maken. Een brief aan een huurder volgt de zaak.'),
      retentionMonths('retention_access_log_months', 'Inzagelog', 24, 'Wie welke persoonsgegevens bekeek: zoveel maanden na het bekijken. Lang genoeg om een datalek te onderzoeken.'),
      // issue 11: letterhead and sender are settings, not template edits (core/documents/letter-settings-from.ts).
      f.divider('letters_divider', 'Brieven: briefhoofd en afzender'),
      f.m2o('logo', 'Logo', 'directus_files', 'uuid', { interface: 'file-image', display: 'image', note: 'PNG, JPEG of SVG. Staat bovenaan elke brief.' }),
      f.string('sender_name', 'Afzender (team)', { default: 'Team Schulddienstverlening' }),
      f.string('return_address', 'Retouradres', { note: 'Eén regel boven het adres in het venster van de envelop, bijvoorbeeld "Postbus 950, 6000 AZ Weert".' }),
      f.string('visiting_address', 'Bezoekadres'),
      f.string('contact_phone', 'Telefoonnummer', { maxLength: 30 }),
      f.string('contact_email', 'E-mailadres'),
      f.string('contact_website', 'Website'),
      f.string('signatory_name', 'Naam ondertekenaar'),
      f.string('signatory_role', 'Functie ondertekenaar'),
      f.text('letter_footer', 'Voettekst', { note: 'Onder elke pagina, bijvoorbeeld openingstijden. Regeleinden blijven staan.' }),
      f.string('default_talk_place', 'Standaard plaats van het gesprek', { note: 'Bijvoorbeeld "Stadhuis Weert, balie Werk en Inkomen"; een zaak kan een eigen plaats hebben.' }),
      f.string('default_talk_address', 'Adres van die plaats'),
      // issue 13: the denominator of "signals per 1,000 inhabitants" on the dashboard and in the evaluation.
      f.divider('reporting_divider', 'Rapportage'),
      f.integer('inhabitants', 'Aantal inwoners', { default: 50000, note: 'Voor "signalen per 1.000 inwoners" op het dashboard en in het evaluatierapport. Bijvoorbeeld het aantal op 1 januari volgens CBS.' }),
      f.dateUpdated(),
    ],
    relations: [m2oRelation('app_settings', 'logo', 'directus_files', 'SET NULL')],
  },
  // ── Job runs (issue 8, job engine) ───────────────────────────────────────────────────────
  {
    collection: 'job_runs',
    label: { singular: 'Taakuitvoering', plural: 'Taakuitvoeringen' },
    icon: 'pending_actions',
    note: 'Elke achtergrondtaak (verwerken, verrijken, stappen van de maandcyclus): wanneer, met welke uitkomst en waarom. Een mislukte taak kan opnieuw worden gestart.',
    displayTemplate: '{{kind}} · {{status}} · {{date_created}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.choice('kind', 'Soort taak', Object.entries(JOB_KIND_LABELS) as Array<[string, string]>, { required: true, readonly: true, indexed: true }),
      f.choice('status', 'Status', JOB_RUN_STATUSES, { required: true, readonly: true, default: 'queued', indexed: true }),
      f.text('message', 'Melding', { readonly: true }),
      // Relative without a leading "/": the app turns "/…" into an in-app route (/admin/…, "Pagina
      // niet gevonden"); this form becomes a real link from /admin/content/job_runs/<id> to the API.
      f.links('retry', 'Opnieuw proberen', [{ label: 'Mislukte taak opnieuw starten', icon: 'replay', url: '../../../vroegsignalering/job-runs/{{id}}/opnieuw' }]),
      f.integer('attempts', 'Pogingen', { readonly: true, default: 0 }),
      f.integer('max_attempts', 'Maximaal aantal pogingen', { readonly: true }),
      f.timestamp('started_at', 'Gestart op', { readonly: true }),
      f.timestamp('finished_at', 'Klaar op', { readonly: true }),
      f.timestamp('next_attempt_at', 'Volgende poging', { readonly: true }),
      f.m2o('upload', 'Upload', 'uploads', 'uuid', { readonly: true, template: '{{partner.name}} {{period}}' }),
      f.string('period', 'Periode', { display: 'vs-period', interface: 'vs-period-text', readonly: true, maxLength: 7, indexed: true }),
      // Keys are code ("not_found"); the message says the same in Dutch for people.
      f.json('counts', 'Aantallen', { readonly: true, hidden: true }),
      f.text('error', 'Technische fout (voor de beheerder)', { readonly: true, note: 'Engelse omschrijving zonder persoonsgegevens; details staan in het logboek van de worker.' }),
      f.json('args', 'Invoer (alleen sleutels)', { readonly: true, hidden: true }),
      f.string('unique_key', 'Sleutel tegen dubbel werk', { readonly: true, hidden: true, indexed: true }),
      f.string('active_key', 'Actieve sleutel', { readonly: true, hidden: true, unique: true, note: 'Gelijk aan de sleutel zolang de taak wacht of loopt; voorkomt dat dezelfde taak twee keer tegelijk in de wachtrij staat.' }),
      f.integer('sidequest_job_id', 'Nummer in de taakwachtrij (Sidequest)', { readonly: true, hidden: true, indexed: true }),
      f.dateCreated(),
    ],
    relations: [m2oRelation('job_runs', 'upload', 'uploads', 'SET NULL')],
  },
  // --- tasks: work for staff made by the monthly calendar (and later by routing) -------------
  {
    collection: 'tasks',
    label: { singular: 'Taak', plural: 'Taken' },
    icon: 'task_alt',
    note: 'Werk voor medewerkers: een signaalpartner die niets of opvallend weinig aanleverde, later ook taken per zaak.',
    displayTemplate: '{{kind}} · {{partner.name}} · {{period}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.choice('kind', 'Soort taak', TASK_KINDS, { required: true, readonly: true }),
      f.choice('status', 'Status', TASK_STATUSES, { required: true, default: 'open' }),
      f.m2o('partner', 'Signaalpartner', 'signal_partners', 'integer', { template: '{{name}}', readonly: true }),
      f.string('period', 'Periode', { display: 'vs-period', interface: 'vs-period-text', maxLength: 7, readonly: true, indexed: true }),
      f.m2o('case', 'Zaak', 'cases', 'uuid', { readonly: true }),
      f.date('due_date', 'Uiterlijk'),
      f.text('description', 'Omschrijving', { readonly: true }),
      f.string('task_key', 'Sleutel', { unique: true, readonly: true, hidden: true, maxLength: 200, note: 'Eén taak per soort, partner en periode.' }),
      f.dateCreated(),
      f.timestamp('done_at', 'Afgerond op'),
      f.m2o('done_by', 'Afgerond door', 'directus_users', 'uuid', { template: '{{first_name}} {{last_name}}' }),
    ],
    relations: [
      m2oRelation('tasks', 'partner', 'signal_partners', 'SET NULL'),
      m2oRelation('tasks', 'case', 'cases', 'SET NULL', 'tasks'),
      m2oRelation('tasks', 'done_by', 'directus_users', 'SET NULL'),
    ],
  },
  // ── Privacy lifecycle (issue 12) ──────────────────────────────────────────────────────────
  {
    collection: 'objections',
    label: { singular: 'Bezwaar', plural: 'Bezwaren' },
    icon: 'front_hand',
    note: 'Bezwaren van huurders (convenant art. 10.3 en 10.4). De routering houdt er rekening mee: geen AMW, of helemaal niet benaderen.',
    displayTemplate: '{{surname}} · {{scope}} · {{date_received}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.choice('scope', 'Bezwaar tegen', OBJECTION_SCOPES, { required: true, default: 'amw' }),
      f.date('date_received', 'Ontvangen op', { required: true, indexed: true }),
      f.date('date_end', 'Geldig tot en met', { note: 'Leeg: geldt tot het wordt ingetrokken.' }),
      f.text('note', 'Toelichting', { note: 'Alleen wat nodig is om het bezwaar uit te voeren.' }),
      f.divider('person_divider', 'Huurder'),
      ...identityFields(),
      f.m2o('household', 'Huishouden', 'households', 'uuid', { template: '{{address}}', readonly: true, note: 'Ingevuld zodra het bezwaar aan een huishouden is gekoppeld.' }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [
      m2oRelation('objections', 'household', 'households', 'SET NULL'),
      m2oRelation('objections', 'user_created', 'directus_users', 'SET NULL'),
    ],
  },
  {
    collection: 'privacy_requests',
    label: { singular: 'Verzoek van betrokkene', plural: 'Verzoeken van betrokkenen' },
    icon: 'policy',
    note: 'Verzoeken van huurders om inzage, correctie, verwijdering of afscherming (convenant art. 9, AVG). Wettelijke termijn: één maand na ontvangst.',
    displayTemplate: '{{kind}} · {{surname}} · {{date_received}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.choice('kind', 'Soort verzoek', PRIVACY_REQUEST_KINDS, { required: true }),
      f.choice('status', 'Status', PRIVACY_REQUEST_STATUSES, { required: true, default: 'received', indexed: true }),
      f.date('date_received', 'Ontvangen op', { required: true }),
      f.date('deadline', 'Uiterlijk afhandelen op', { readonly: true, note: 'Eén maand na ontvangst (AVG art. 12.3); wordt automatisch berekend.' }),
      f.m2o('handler', 'Behandelaar', 'directus_users', 'uuid', { template: '{{first_name}} {{last_name}}' }),
      f.text('description', 'Wat wordt gevraagd'),
      f.text('reason', 'Reden', { note: 'Verplicht bij correctie, verwijdering en afscherming voordat het verzoek is afgehandeld.' }),
      f.m2o('shield_role', 'Afschermen: alleen zichtbaar voor', 'directus_roles', 'uuid', { template: '{{name}}', note: 'Alleen bij afscherming: de enige rol die het dossier nog ziet.' }),
      f.divider('person_divider', 'Huurder'),
      ...identityFields(),
      f.divider('result_divider', 'Afhandeling'),
      f.m2o('report', 'Inzagerapport', 'documents', 'uuid', { template: '{{kind}} · {{date_created}}', readonly: true }),
      // ── wt-inzage addition (issue 12, inzage in one click) ──
      // Relative, like job_runs.retry: from /admin/content/privacy_requests/<id> to the API's
      // confirmation page (extensions/src/endpoints/privacy-requests.ts). Only on an inzage request.
      f.links('make_report', 'Inzagerapport maken', [{ label: 'Inzagerapport maken (PDF)', icon: 'picture_as_pdf', url: '../../../vroegsignalering/privacy-requests/{{id}}/inzagerapport' }], {
        conditions: [...HIDDEN_ON_CREATE, { name: 'Alleen bij inzage', rule: { kind: { _neq: 'inzage' } }, hidden: true }],
      }),
      // ── end wt-inzage addition ──
      f.text('result', 'Wat is gedaan', { readonly: true, note: 'Alleen aantallen, geen persoonsgegevens.' }),
      f.timestamp('date_done', 'Afgehandeld op', { readonly: true }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [
      m2oRelation('privacy_requests', 'handler', 'directus_users', 'SET NULL'),
      m2oRelation('privacy_requests', 'shield_role', 'directus_roles', 'SET NULL'),
      m2oRelation('privacy_requests', 'report', 'documents', 'SET NULL'),
      m2oRelation('privacy_requests', 'user_created', 'directus_users', 'SET NULL'),
    ],
  },
  {
    collection: 'access_log',
    label: { singular: 'Inzage', plural: 'Inzagelog' },
    icon: 'visibility',
    note: 'Wie wanneer welke persoonsgegevens bekeek, zocht, exporteerde of downloadde (alleen id\'s). Kan door niemand worden gewijzigd of verwijderd; alleen de bewaartermijn ruimt op.',
    displayTemplate: '{{collection}} · {{action}} · {{timestamp}}',
    primaryKey: 'integer',
    // Append-only and ids only: no activity or revisions of its own (they would need their own retention).
    accountability: null,
    fields: [
      f.integerPk(),
      f.timestamp('timestamp', 'Tijdstip', { readonly: true, indexed: true }),
      // The reader's directus_users id as text, not a relation: an entry outlives the account.
      f.string('user', 'Gebruiker (id)', { readonly: true, maxLength: 36, indexed: true }),
      f.choice('role', 'Rol', ACCESS_LOG_ROLES, { readonly: true }),
      f.choice('collection', 'Gegevens', ACCESS_LOG_COLLECTIONS, { readonly: true, indexed: true }),
      f.text('item', 'Items (id\'s)', { readonly: true, note: 'Alleen id\'s, gescheiden door komma\'s; bij een lijst de id\'s die werden getoond.' }),
      f.choice('action', 'Handeling', ACCESS_LOG_ACTIONS, { readonly: true }),
      f.choice('route', 'Via', ACCESS_LOG_ROUTES, { readonly: true }),
    ],
  },
  {
    collection: 'data_breaches',
    label: { singular: 'Datalek', plural: 'Datalekken' },
    icon: 'report',
    note: 'Register van datalekken (convenant art. 13.3): wat, wanneer ontdekt, wie getroffen, en de meldtermijn van 72 uur bij de Autoriteit Persoonsgegevens.',
    displayTemplate: '{{found_at}} · {{status}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.timestamp('found_at', 'Ontdekt op', { required: true }),
      f.choice('status', 'Status', DATA_BREACH_STATUSES, { required: true, default: 'open' }),
      f.text('description', 'Wat is er gebeurd', { required: true }),
      f.timestamp('ap_deadline', 'Uiterlijk melden bij de AP', { readonly: true, note: '72 uur na ontdekking (AVG art. 33); wordt automatisch berekend.' }),
      f.timestamp('reported_to_ap_at', 'Gemeld bij de AP op'),
      f.divider('investigation_divider', 'Onderzoek'),
      f.timestamp('window_start', 'Onderzocht vanaf'),
      f.timestamp('window_end', 'Onderzocht tot'),
      f.integer('affected_persons', 'Aantal getroffen personen'),
      f.json('affected_items', 'Getroffen gegevens (uit het inzagelog)', { readonly: true, note: 'Per collectie de id\'s die in de onderzochte periode zijn bekeken.' }),
      f.tags('partners_informed', 'Geïnformeerde partners', { note: 'Welke convenantpartners over het lek zijn geïnformeerd.' }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [m2oRelation('data_breaches', 'user_created', 'directus_users', 'SET NULL')],
  },
  {
    collection: 'disclosures',
    label: { singular: 'Verstrekking aan derden', plural: 'Verstrekkingen aan derden' },
    icon: 'outbox',
    note: 'Gegevens die de gemeente op grond van een wettelijke plicht aan een derde gaf (convenant art. 7.2). Ze staan in het inzagerapport.',
    displayTemplate: '{{date}} · {{recipient}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.date('date', 'Datum', { required: true }),
      f.string('recipient', 'Ontvanger', { required: true }),
      f.text('legal_ground', 'Wettelijke grondslag', { required: true }),
      f.text('description', 'Welke gegevens'),
      f.divider('person_divider', 'Huurder'),
      f.string('bsn', 'BSN', { maxLength: 9, indexed: true }),
      f.string('surname', 'Achternaam'),
      f.date('birth_date', 'Geboortedatum'),
      f.string('postcode', 'Postcode', { maxLength: 6, indexed: true }),
      f.integer('house_number', 'Huisnummer'),
      f.m2o('household', 'Huishouden', 'households', 'uuid', { template: '{{address}}' }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [
      m2oRelation('disclosures', 'household', 'households', 'SET NULL'),
      m2oRelation('disclosures', 'user_created', 'directus_users', 'SET NULL'),
    ],
  },
  {
    collection: 'deletion_log',
    label: { singular: 'Verwijdering', plural: 'Verwijderlog' },
    icon: 'delete_sweep',
    note: 'Welke items zijn verwijderd (alleen id\'s): na het terugzetten van een oudere back-up worden deze verwijderingen opnieuw uitgevoerd.',
    displayTemplate: '{{collection}} · {{deleted_at}}',
    primaryKey: 'integer',
    // Append-only and ids only: no activity or revisions of its own (they would need their own retention).
    accountability: null,
    hidden: true,
    fields: [
      f.integerPk(),
      f.string('collection', 'Collectie', { readonly: true, indexed: true, display: 'vs-text' }),
      f.string('item', 'Item (id)', { readonly: true }),
      f.timestamp('deleted_at', 'Verwijderd op', { readonly: true, indexed: true }),
      f.choice('reason', 'Reden', DELETION_REASONS, { readonly: true }),
    ],
  },
  // ── Reporting (issue 13) ─────────────────────────────────────────────────────────────────
  {
    collection: 'evictions',
    label: { singular: 'Ontruimingen', plural: 'Ontruimingen' },
    icon: 'no_meeting_room',
    note: 'Per corporatie en periode het aantal ontruimingen, totaal en van huishoudens met minderjarige kinderen (convenant art. 2.1). Alleen aantallen, geen namen.',
    displayTemplate: '{{partner.name}} · {{period}}',
    primaryKey: 'uuid',
    fields: [
      f.uuidPk(),
      f.m2o('partner', 'Corporatie', 'signal_partners', 'integer', { required: true, template: '{{name}}' }),
      f.string('period', 'Periode (JJJJ-MM)', { display: 'vs-period', required: true, maxLength: 7, indexed: true, validation: { _and: [{ period: { _regex: '^20[0-9]{2}-(0[1-9]|1[0-2])$' } }] }, validationMessage: 'Vul de periode in als JJJJ-MM, bijvoorbeeld 2026-11.' }),
      f.integer('total', 'Aantal ontruimingen', { required: true, validation: { _and: [{ total: { _gte: 0 } }] }, validationMessage: 'Vul een aantal van 0 of meer in.' }),
      f.integer('with_minor_children', 'Waarvan huishoudens met minderjarige kinderen', { required: true, validation: { _and: [{ with_minor_children: { _gte: 0 } }] }, validationMessage: 'Vul een aantal van 0 of meer in.' }),
      f.text('remark', 'Toelichting', { note: 'Zonder namen of adressen.' }),
      f.userCreated(),
      f.dateCreated(),
    ],
    relations: [m2oRelation('evictions', 'partner', 'signal_partners', 'NO ACTION'), m2oRelation('evictions', 'user_created', 'directus_users', 'SET NULL')],
  },
  {
    collection: 'report_figures',
    label: { singular: 'Kengetal', plural: 'Kengetallen' },
    icon: 'monitoring',
    note: 'De kengetallen per maand voor het dashboard, berekend door de rapportagestap uit dezelfde functies als de DDAS-levering. Alleen aantallen, geen persoonsgegevens.',
    displayTemplate: '{{month}} · {{indicator}} · {{dimension}}',
    primaryKey: 'integer',
    accountability: null,
    // The dashboard's store, read by its panels; people read the figures on the dashboard.
    hidden: true,
    fields: [
      f.integerPk(),
      f.string('month', 'Maand', { display: 'vs-period', maxLength: 7, readonly: true, indexed: true }),
      f.date('month_start', 'Eerste dag van de maand', { readonly: true, indexed: true }),
      f.string('indicator', 'Kengetal', { readonly: true, indexed: true, display: 'vs-text' }),
      f.string('dimension', 'Uitsplitsing', { readonly: true, display: 'vs-text', note: 'Bijvoorbeeld de partner, de route of de soort contact. Leeg: het totaal.' }),
      f.decimal('value', 'Waarde', 12, 2, { readonly: true }),
      f.text('definition', 'Definitie', { readonly: true }),
      f.timestamp('computed_at', 'Berekend op', { readonly: true }),
    ],
  },
];

/** Custom fields on Directus's own collections. */
export const systemFields: Array<{ collection: string; field: FieldDefinition; relation?: ReturnType<typeof m2oRelation> }> = [
  {
    collection: 'directus_users',
    field: f.m2o('partner', 'Organisatie (signaalpartner)', 'signal_partners', 'integer', { template: '{{name}}', note: 'Voor gebruikers van een woningcorporatie of AMW: bepaalt welke gegevens zij zien.' }),
    relation: m2oRelation('directus_users', 'partner', 'signal_partners', 'SET NULL'),
  },
  // issue 11: an export file belongs to one partner, whose users may download it at /assets/<id>.
  {
    collection: 'directus_files',
    field: f.m2o('partner', 'Signaalpartner (alleen die mag downloaden)', 'signal_partners', 'integer', { template: '{{name}}', readonly: true }),
    relation: m2oRelation('directus_files', 'partner', 'signal_partners', 'SET NULL'),
  },
  // Access model keys (issue 7): provisioning finds its roles and policies by these stable,
  // non-secret keys; their ids are random per installation.
  {
    collection: 'directus_roles',
    field: f.string('key', 'Sleutel (toegangsmodel)', { unique: true, readonly: true, maxLength: 64, note: 'Vaste sleutel waarmee de installatie deze rol terugvindt; niet wijzigen.' }),
  },
  {
    collection: 'directus_policies',
    field: f.string('key', 'Sleutel (toegangsmodel)', { unique: true, readonly: true, maxLength: 64, note: 'Vaste sleutel waarmee de installatie dit beleid terugvindt; niet wijzigen.' }),
  },
];

