/** The HTML of the BRP review page: plain, Dutch, every value escaped. */
import type { BrpPerson } from '../../../core/brp/brp-person.ts';
import type { SignalRecord } from '../../../core/intake/signal-record.ts';

export type ReviewSignal = Pick<SignalRecord, 'initials' | 'name_prefix' | 'surname' | 'birth_date' | 'street' | 'house_number' | 'house_letter' | 'house_number_addition' | 'postcode' | 'city'> & {
  id: string;
  household: string | null;
  match_status: string;
  match_reasons: string[] | null;
  bsn: string | null;
};

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const name = (initials: string | null, prefix: string | null, surname: string | null) => [initials, prefix, surname].filter(Boolean).join(' ');
const address = (a: { street: string | null; house_number: number | null; house_letter: string | null; house_number_addition: string | null; postcode: string | null; city: string | null } | null) =>
  a ? `${a.street ?? ''} ${a.house_number ?? ''}${a.house_letter ?? ''}${a.house_number_addition ? `-${a.house_number_addition}` : ''}, ${a.postcode ?? ''} ${a.city ?? ''}` : 'onbekend';

export function renderReviewPage(input: { signal: ReviewSignal; candidates: Array<{ person: BrpPerson; score: number; reasons: string[] }>; brpProblem: string | null; decisionUrl: string; backUrl: string }): string {
  const { signal } = input;
  const rows = input.candidates
    .map(({ person, score, reasons }) => `<tr>
      <td>${escape(name(person.initials, person.name_prefix, person.surname))}<br><small>${escape(person.first_names ?? '')}</small></td>
      <td>${escape(person.birth_date ?? 'onbekend')}${person.deceased ? ' <strong>(overleden)</strong>' : ''}</td>
      <td>${escape(address(person.address))}</td>
      <td>${Math.round(score * 100)}%</td>
      <td><ul>${reasons.map((r) => `<li>${escape(r)}</li>`).join('')}</ul></td>
      <td><form method="post" action="${escape(input.decisionUrl)}"><input type="hidden" name="decision" value="confirm"><input type="hidden" name="bsn" value="${escape(person.bsn)}"><button type="submit">Dit is de huurder</button></form></td>
    </tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Controle BRP-koppeling</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#172940}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.5rem;text-align:left;vertical-align:top}button{padding:.4rem .8rem}.note{background:#f3f6fa;padding:1rem}</style></head>
<body>
<p><a href="${escape(input.backUrl)}">← Terug naar het signaal</a></p>
<h1>Controle BRP-koppeling</h1>
<div class="note"><strong>Signaal:</strong> ${escape(name(signal.initials, signal.name_prefix, signal.surname))}, geboren ${escape(signal.birth_date)}, ${escape(address(signal))}<br>
<strong>Uitkomst automatische koppeling:</strong> ${escape(signal.match_status)}${signal.match_reasons?.length ? ` — ${escape(signal.match_reasons.join('; '))}` : ''}</div>
${input.brpProblem ? `<p><strong>${escape(input.brpProblem)}</strong></p>` : ''}
<h2>Kandidaten uit het BRP</h2>
<p>Deze gegevens worden alleen getoond, niet opgeslagen. Kiest u een kandidaat, dan bewaart Vroegsignalering alleen het BSN van de huurder en de afgeleide gezinsfeiten.</p>
${input.candidates.length ? `<table><thead><tr><th>Naam</th><th>Geboortedatum</th><th>Adres (BRP)</th><th>Overeenkomst</th><th>Waarom</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Het BRP geeft geen kandidaten op dit adres of met deze naam en geboortedatum.</p>'}
<h2>Geen van deze personen?</h2>
<form method="post" action="${escape(input.decisionUrl)}"><input type="hidden" name="decision" value="not_resident"><button type="submit">De huurder is geen inwoner van de gemeente</button></form>
</body></html>`;
}
