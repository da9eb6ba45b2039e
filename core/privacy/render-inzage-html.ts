/**
 * The inzage report as a Dutch, print-ready HTML document (the PDF printer makes it a PDF).
 * Plain template literals with every value escaped: the report has one fixed layout, no
 * template a municipality edits, so Handlebars would add nothing but a second escaping rule.
 *
 * The document's <title> becomes the PDF's title, which anyone can read in the file's
 * properties: it never holds the person's name.
 */
import { formatEuro } from '../screens/format-euro.ts';
import { dutchDate, dutchPeriod, dutchNumber } from '../routing/dutch-date.ts';
import { livingSituationLabel } from '../documents/living-situation-label.ts';
import { readableAddress } from '../household/readable-address.ts';
import { fullName } from '../documents/dutch-letter-format.ts';
import {
  accessActionLabel,
  accessRouteLabel,
  brpSituationLabel,
  caseStatusLabel,
  collectionLabel,
  documentStatusLabel,
  factLabel,
  matchStatusLabel,
  objectionScopeLabel,
  organisationLabel,
  referralStatusLabel,
  referralTargetLabel,
  requestKindLabel,
  requestStatusLabel,
  routeLabel,
  sourceKindLabel,
  yesNo,
} from './inzage-labels.ts';
import type { InzageReport, SourceSignal } from './inzage-report.ts';

export interface InzageRenderOptions {
  municipalityName: string;
  /** When the report was made (an instant, ISO). */
  generatedAt: string;
  /** How the person was identified, as staff entered it (shown so the reader can check). */
  askedFor: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "2026-12-07T09:15:00Z" → "7 december 2026 om 10.15 uur" (Dutch time). */
export function dutchDateTime(instant: string | null): string {
  if (!instant) return '';
  const moment = new Date(instant);
  if (Number.isNaN(moment.getTime())) return instant;
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year} om ${parts.hour}.${parts.minute} uur`;
}

const date = (value: string | null) => (value ? dutchDate(value) : '');

/** A two-column list of label and value; empty values are left out. */
function fields(rows: Array<[string, string | number | null | undefined]>): string {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && String(value).trim() !== '');
  return `<table class="fields">${shown.map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(String(value))}</td></tr>`).join('')}</table>`;
}

/** A table with a header row; an empty list reads "Geen." */
function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p class="none">Geen.</p>';
  return `<table class="list"><thead><tr>${headers.map((header) => `<th>${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function section(title: string, intro: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${intro ? `<p class="intro">${escapeHtml(intro)}</p>` : ''}${body}</section>`;
}

const signalTitle = (signal: SourceSignal) => `${signal.partner_name ?? 'Onbekende partner'}, ${dutchPeriod(signal.period)}`;

function signalBlock(signal: SourceSignal): string {
  const address = readableAddress({ street: signal.street ?? null, house_number: signal.house_number ?? null, house_letter: signal.house_letter, house_number_addition: signal.house_number_addition, postcode: signal.postcode ?? null, city: signal.city });
  return `<div class="item"><h3>${escapeHtml(signalTitle(signal))}</h3>${fields([
    ['Aangeleverd door', signal.partner_name],
    ['Periode', dutchPeriod(signal.period)],
    ['Signaaldatum', date(signal.signal_date)],
    ['Naam', fullName({ initials: signal.initials ?? '', prefix: signal.name_prefix ?? null, surname: signal.surname ?? '' })],
    ['Geboortedatum', date(signal.birth_date ?? null)],
    ['Adres', address],
    ['Telefoonnummer', signal.phone],
    ['Maanden achterstand', signal.months_in_arrears === null ? null : dutchNumber(signal.months_in_arrears)],
    ['Achterstandsbedrag', signal.arrears_amount === null ? null : formatEuro(signal.arrears_amount)],
    ['Status (DDAS)', signal.status],
    ['Koppeling met de BRP', matchStatusLabel(signal.match_status)],
    ['BSN', signal.bsn],
    ['Verblijf volgens de BRP', brpSituationLabel(signal.brp_situation)],
    ['Uitkering (Participatiewet)', signal.has_benefit === null ? null : `${yesNo(signal.has_benefit)}${signal.benefit_kind ? ` (${signal.benefit_kind})` : ''}`],
    ['Bekend bij schulddienstverlening', signal.known_at_debt_services === null ? null : yesNo(signal.known_at_debt_services)],
    ['Schuldgebieden', (signal.debt_areas ?? []).join(', ')],
    ['Ontvangen op', dutchDateTime(signal.date_created)],
  ])}</div>`;
}

export function renderInzageHtml(report: InzageReport, options: InzageRenderOptions): string {
  const signalById = new Map(report.signals.map((signal) => [signal.id, signal]));
  const signalsOfCase = (caseId: string) => report.signals.filter((signal) => signal.case === caseId);
  const sections = [
    section('1. Signalen', 'Meldingen van een betalingsachterstand die een signaalpartner (woningcorporatie) over u aanleverde, met wat de gemeente daaraan toevoegde.', report.signals.length ? report.signals.map(signalBlock).join('') : '<p class="none">Geen.</p>'),
    section(
      '2. Feiten met bron en datum',
      'Gegevens uit bronlijsten (uitkeringen, schulddienstverlening, water, energie, zorgverzekeraar) die bij uw signaal zijn vastgelegd.',
      table(['Signaal', 'Feit', 'Waarde', 'Bron', 'Datum van de bron'], report.facts.map((fact) => [signalById.has(fact.signal) ? signalTitle(signalById.get(fact.signal)!) : '', factLabel(fact.fact), fact.value, sourceKindLabel(fact.source_kind), date(fact.source_date)])),
    ),
    section(
      '3. Huishouden',
      'Het adres waarop u bent gemeld en wat de gemeente over het huishouden weet. Gegevens van andere bewoners staan niet in dit rapport.',
      report.households.length
        ? report.households
            .map((household) => fields([
              ['Adres', household.address],
              ['Minderjarige kinderen', household.has_minor_children === null ? null : yesNo(household.has_minor_children)],
              ['Omvang huishouden', household.household_size],
              ['Leefsituatie', livingSituationLabel(household.living_situation)],
              ['Bron van deze feiten', household.facts_source],
              ['Datum van deze feiten', date(household.facts_date)],
            ]))
            .join('')
        : '<p class="none">Geen.</p>',
    ),
    section(
      '4. Zaken en beslissingen',
      'Wat de gemeente met uw signaal deed: de route (gemeente, AMW of niet benaderen), waarom, en hoe de zaak verliep.',
      report.cases.length
        ? report.cases
            .map((caseRow) => `<div class="item"><h3>${escapeHtml(`Zaak ${caseRow.period ? dutchPeriod(caseRow.period) : ''}`.trim())}</h3>${fields([
              ['Status', caseStatusLabel(caseRow.status)],
              ['Route', routeLabel(caseRow.route)],
              ['Waarom deze route', caseRow.reason],
              ['Beslist door regel', caseRow.decided_by_rule],
              ['Route volgens de regel', routeLabel(caseRow.rule_route)],
              ['Reden van handmatige wijziging', caseRow.override_reason],
              ['Route gewijzigd op', dutchDateTime(caseRow.overridden_at)],
              ['Datum gematcht', date(caseRow.date_matched)],
              ['Datum opgepakt', date(caseRow.date_picked_up)],
              ['Datum eerste contact', date(caseRow.date_first_contact)],
              ['Datum eerste gesprek', date(caseRow.date_first_talk)],
              ['Gesprek gepland op', dutchDateTime(caseRow.talk_at)],
              ['Plaats van het gesprek', caseRow.talk_place],
              ['Machtiging huur inhouden', caseRow.rent_withholding_consent ? `ja${caseRow.consent_date ? `, ${date(caseRow.consent_date)}` : ''}` : null],
              ['Datum afgesloten', date(caseRow.date_closed)],
              ['Eindresultaat', caseRow.result],
            ])}${signalsOfCase(caseRow.id)
              .filter((signal) => signal.route_trace)
              .map((signal) => `<p class="trace-title">Verloop van de beslissing (${escapeHtml(signalTitle(signal))}${signal.routed_at ? `, ${escapeHtml(dutchDateTime(signal.routed_at))}` : ''}):</p><pre class="trace">${escapeHtml(signal.route_trace ?? '')}</pre>`)
              .join('')}</div>`)
            .join('')
        : '<p class="none">Geen.</p>',
    ),
    section(
      '5. Doorverwijzingen',
      'Aan wie uw gegevens zijn doorgegeven om u te helpen, en wanneer.',
      table(['Naar', 'Organisatie', 'Verstuurd op', 'Status', 'Uitkomst', 'Datum uitkomst'], report.referrals.map((row) => [referralTargetLabel(row.target), row.partner_name ?? '', date(row.date_sent) || 'nog niet verstuurd', referralStatusLabel(row.status), row.outcome ?? '', date(row.date_outcome)])),
    ),
    section('6. Contactpogingen', 'Elke poging om u te bereiken.', table(['Datum', 'Dagdeel', 'Soort contact', 'Door', 'Bereikt', 'Toelichting'], report.contactAttempts.map((row) => [date(row.date), row.part_of_day ?? '', row.kind, organisationLabel(row.organisation), yesNo(row.reached), row.note ?? '']))),
    section('7. Verstuurde brieven', 'Brieven die de gemeente u stuurde.', table(['Datum', 'Brief', 'Status', 'Reden van opnieuw versturen'], report.letters.map((row) => [dutchDateTime(row.date_created), row.template_name ?? 'Brief', documentStatusLabel(row.status), row.reissue_reason ?? '']))),
    section('8. Bezwaren', 'Bezwaren die u maakte tegen het benaderen (convenant art. 10.3 en 10.4).', table(['Ontvangen op', 'Bezwaar', 'Geldig tot'], report.objections.map((row) => [date(row.date_received), objectionScopeLabel(row.scope), date(row.date_end) || 'onbepaald']))),
    section('9. Verstrekkingen aan derden', 'Gegevens die de gemeente op grond van een wettelijke plicht aan anderen verstrekte.', table(['Datum', 'Aan', 'Wettelijke grondslag', 'Omschrijving'], report.disclosures.map((row) => [date(row.date), row.recipient, row.legal_ground ?? '', row.description ?? '']))),
    section('10. Uw verzoeken', 'Verzoeken om inzage, correctie, verwijdering of afscherming.', table(['Ontvangen op', 'Verzoek', 'Uiterlijk afgehandeld', 'Status', 'Afgehandeld op'], report.privacyRequests.map((row) => [date(row.date_received), requestKindLabel(row.kind), date(row.deadline), requestStatusLabel(row.status), dutchDateTime(row.date_done)]))),
    section(
      '11. Wie heeft uw gegevens bekeken',
      'Elke keer dat een medewerker of partner uw gegevens bekeek, zocht, exporteerde of downloadde, met datum en tijd.',
      table(['Datum en tijd', 'Wie', 'Rol', 'Wat', 'Handeling', 'Via'], report.access.map((row) => [dutchDateTime(row.timestamp), row.user_name ?? 'Onbekende gebruiker (verwijderd)', row.role ?? '', collectionLabel(row.collection), accessActionLabel(row.action), accessRouteLabel(row.route)])),
    ),
  ];
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Inzagerapport ${options.municipalityName}`)}</title>
<style>${INZAGE_CSS}</style>
</head>
<body>
<header>
<h1>Inzagerapport</h1>
<p>${escapeHtml(options.municipalityName)} · vroegsignalering huurachterstanden</p>
${fields([
  ['Gemaakt op', dutchDateTime(options.generatedAt)],
  ['Gezocht op', options.askedFor],
])}
<p class="intro">U vroeg welke gegevens de gemeente over u heeft (artikel 15 AVG, convenant vroegsignalering artikel 9). Dit rapport bevat alles wat in het systeem voor vroegsignalering over u is vastgelegd, en wie die gegevens wanneer heeft bekeken. Klopt er iets niet, dan kunt u vragen het te verbeteren, aan te vullen, te verwijderen of af te schermen.</p>
</header>
${sections.join('\n')}
</body>
</html>
`;
}

const INZAGE_CSS = `
@page { size: A4; margin: 18mm 18mm 20mm 18mm; @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #444; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.4; color: #111; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 11.5pt; margin: 7mm 0 1.5mm; border-bottom: 0.3mm solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.intro { color: #333; }
.none { color: #555; font-style: italic; }
table { border-collapse: collapse; margin: 0 0 3mm; }
table.fields th { text-align: left; font-weight: normal; color: #444; padding: 0 6mm 0.8mm 0; vertical-align: top; white-space: nowrap; }
table.fields td { padding: 0 0 0.8mm; vertical-align: top; }
table.list { width: 100%; font-size: 8.5pt; }
table.list th { text-align: left; border-bottom: 0.3mm solid #666; padding: 0.8mm 2mm 0.8mm 0; }
table.list td { border-bottom: 0.2mm solid #ddd; padding: 0.8mm 2mm 0.8mm 0; vertical-align: top; }
tr { break-inside: avoid; }
.item { break-inside: avoid; margin-bottom: 3mm; }
.trace-title { margin: 2mm 0 1mm; color: #444; }
pre.trace { white-space: pre-wrap; font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; margin: 0 0 3mm; padding: 2mm 3mm; background: #f3f3f3; }
`;
