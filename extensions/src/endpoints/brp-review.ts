/**
 * /vroegsignalering/signals/:id/brp-controle — the review of an ambiguous or unfound BRP
 * match. The page asks the BRP live for the candidates (they are never stored), staff
 * pick the tenant or record "not a resident", and the decision is saved with who and
 * when through Directus (so it appears in the item's revisions). A confirmed tenant also
 * gets where the register has them (brp_situation; a deceased candidate → deceased);
 * "not a resident" leaves it empty (routing reads the match status).
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import express, { type Router } from 'express';
import type { Knex } from 'knex';
import type { BrpPerson } from '../../../core/brp/brp-person.ts';
import { brpSituation } from '../../../core/enrichment/brp-situation.ts';
import { householdFacts } from '../../../core/household/household-facts.ts';
import { matchSignal } from '../../../core/matching/match-signal.ts';
import { processBrpClient } from '../../../adapters/brp/process-brp-client.ts';
import { candidatesByName } from '../../../adapters/enrichment/enrich-signal.ts';
import { readMunicipalityArea, UNREADABLE_AREA_MESSAGE } from '../../../jobs/lib/read-municipality-area.ts';
import { decideBrpReview, needsCandidates } from '../../../core/enrichment/brp-review-decision.ts';
import { renderReviewPage, type ReviewSignal } from './brp-review-page.ts';
import { isSameOriginRequest } from '../lib/same-origin.ts';
import { describeError } from '../../../core/logging/describe-error.ts';

type DirectusRequest = { accountability?: { user?: string | null } | null; schema?: unknown; params: Record<string, string>; body?: Record<string, string>; headers: Record<string, string | undefined> };

const SIGNAL_FIELDS = ['id', 'household', 'initials', 'name_prefix', 'surname', 'birth_date', 'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'match_status', 'match_reasons', 'bsn'];

/** Set aside before enrichment: the review page does not ask the BRP either. */
const OUT_OF_AREA_REVIEW = 'Het huuradres ligt buiten de gemeente; dit signaal wordt niet bij het BRP nagevraagd. Hoort het adres toch bij de gemeente, pas dan bij Instellingen het postcodegebied of de woonplaatsen aan en verrijk het signaal opnieuw.';

export function registerBrpReviewRoutes(router: Router, { services, env, logger, database }: EndpointExtensionContext) {
  const signalsAs = (req: DirectusRequest) => new services.ItemsService('signals', { schema: req.schema as never, accountability: req.accountability as never });

  async function candidatesFor(signal: ReviewSignal): Promise<BrpPerson[]> {
    const brp = processBrpClient();
    if (!brp) return [];
    const atAddress = await brp.searchByAddress({ postcode: signal.postcode, house_number: signal.house_number, house_letter: signal.house_letter, house_number_addition: signal.house_number_addition });
    // Deceased persons included, as enrichment does: staff may confirm that the tenant died.
    const byName = await candidatesByName(brp, signal);
    const seen = new Map([...atAddress, ...byName].map((person) => [person.bsn, person]));
    return [...seen.values()];
  }

  router.get('/signals/:id/brp-controle', async (req, res) => {
    const request = req as unknown as DirectusRequest;
    if (!request.accountability?.user) {
      res.status(401).type('html').send('<p>Log eerst in in Vroegsignalering.</p>');
      return;
    }
    try {
      const signal = (await signalsAs(request).readOne(request.params.id!, { fields: SIGNAL_FIELDS })) as ReviewSignal;
      let candidates: BrpPerson[] = [];
      let brpProblem: string | null = null;
      if (signal.match_status === 'out_of_area') brpProblem = OUT_OF_AREA_REVIEW;
      else {
        try {
          candidates = await candidatesFor(signal);
        } catch (error) {
          brpProblem = (error as { userMessage?: string }).userMessage ?? 'Het BRP gaf een fout; probeer het later opnieuw.';
        }
      }
      const scored = matchSignal(signal, candidates).candidates;
      const ordered = scored.map((c) => ({ person: candidates.find((p) => p.bsn === c.bsn)!, score: c.score, reasons: c.reasons }));
      res.type('html').send(renderReviewPage({ signal, candidates: ordered, brpProblem, decisionUrl: `/vroegsignalering/signals/${signal.id}/brp-controle`, backUrl: `/admin/content/signals/${signal.id}` }));
    } catch (error) {
      if ((error as { code?: string }).code === 'FORBIDDEN') {
        res.status(403).type('html').send('<p>Dit signaal bestaat niet of u mag het niet zien.</p>');
        return;
      }
      logger.error(`BRP review page failed: ${describeError(error)}`);
      res.status(500).type('html').send('<p>De controlepagina kon niet worden gemaakt.</p>');
    }
  });

  router.post('/signals/:id/brp-controle', express.urlencoded({ extended: false }), async (req, res) => {
    const request = req as unknown as DirectusRequest;
    if (!request.accountability?.user) {
      res.status(401).type('html').send('<p>Log eerst in in Vroegsignalering.</p>');
      return;
    }
    // A form post must come from this application itself; a missing Origin is no proof.
    if (!isSameOriginRequest({ headers: req.headers, publicUrl: env.PUBLIC_URL as string | undefined, protocol: req.protocol })) {
      res.status(403).type('html').send('<p>Deze beslissing komt niet uit Vroegsignalering zelf en is geweigerd.</p>');
      return;
    }
    const decision = request.body?.decision;
    const bsn = request.body?.bsn ?? '';
    try {
      const signals = signalsAs(request);
      const signal = (await signals.readOne(request.params.id!, { fields: SIGNAL_FIELDS })) as ReviewSignal;
      if (needsCandidates(decision, bsn) && signal.match_status === 'out_of_area') {
        res.status(400).type('html').send(`<p>${escapeHtml(OUT_OF_AREA_REVIEW)}</p>`);
        return;
      }
      const candidates = needsCandidates(decision, bsn) ? await candidatesFor(signal) : [];
      const outcome = decideBrpReview({ decision, bsn, candidateBsns: candidates.map((person) => person.bsn), decidedBy: request.accountability.user, decidedAt: new Date().toISOString() });
      if (!outcome.ok) {
        res.status(400).type('html').send(`<p>${escapeHtml(outcome.message)}</p>`);
        return;
      }
      const chosen = candidates.find((person) => person.bsn === outcome.chosenBsn);
      let situation = null;
      if (chosen) {
        const area = await readMunicipalityArea(database as unknown as Knex);
        if (!area.ok) {
          logger.warn('BRP review decision refused: the municipality area in app_settings cannot be read');
          res.status(400).type('html').send(`<p>${escapeHtml(`${UNREADABLE_AREA_MESSAGE}: ${area.message} Vraag functioneel beheer de instelling te verbeteren.`)}</p>`);
          return;
        }
        situation = brpSituation(chosen, { postcode: signal.postcode, house_number: signal.house_number, house_letter: signal.house_letter, house_number_addition: signal.house_number_addition }, area.area);
      }
      await signals.updateOne(signal.id, { ...outcome.fields, brp_situation: situation });
      const brp = processBrpClient();
      // A deceased tenant has no household left to describe: the facts stay as they were.
      const address = chosen?.deceased ? null : chosen?.address;
      if (brp && address?.postcode && address.house_number && signal.household) {
        const residents = await brp.searchByAddress({ postcode: address.postcode, house_number: address.house_number, house_letter: address.house_letter, house_number_addition: address.house_number_addition });
        const facts = householdFacts(residents, new Date().toISOString().slice(0, 10));
        const households = new services.ItemsService('households', { schema: request.schema as never, accountability: request.accountability as never });
        await households.updateOne(signal.household, { has_minor_children: facts.has_minor_children, household_size: facts.household_size, living_situation: facts.living_situation, facts_source: 'BRP (bevestigd door medewerker)', facts_date: new Date().toISOString().slice(0, 10) });
      }
      res.redirect(303, `/admin/content/signals/${signal.id}`);
    } catch (error) {
      if ((error as { code?: string }).code === 'FORBIDDEN') {
        res.status(403).type('html').send('<p>U mag deze beslissing niet vastleggen.</p>');
        return;
      }
      logger.error(`BRP review decision failed: ${describeError(error)}`);
      res.status(500).type('html').send('<p>De beslissing kon niet worden opgeslagen.</p>');
    }
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
