/**
 * The BRP review of one signal, as JSON for the module screen
 * /admin/vroegsignalering/signalen/:id/brp-controle:
 *
 *   GET  /vroegsignalering/signals/:id/brp          what the corporation sent, the match, live candidates, where the signal stands
 *   POST /vroegsignalering/signals/:id/brp/search   a search typed by staff (name + birth date, or postcode + house number)
 *   POST /vroegsignalering/signals/:id/brp/decide   "Dit is de huurder" (BSN re-verified with the BRP) or "Geen inwoner"
 *   POST /vroegsignalering/signals/:id/brp/correct  correct the corporation's data with a reason, then enrich again
 *   POST /vroegsignalering/signals/:id/brp/route    ask routing to take a decided signal soon
 *
 * Candidates come live from the BRP and are never stored. Everything is read and written
 * through Directus with the caller's accountability: only roles that may read and update
 * signals get here (a corporation or AMW gets a Dutch 403), and decisions land in the
 * signal's revisions. GET /vroegsignalering/signals/:id/brp-controle (old bookmarks and
 * links) redirects to the screen.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import type { BrpPerson } from '../../../core/brp/brp-person.ts';
import { amsterdamDate } from '../../../core/cycle/amsterdam-date.ts';
import { brpSituation } from '../../../core/enrichment/brp-situation.ts';
import { fitsTypedInitials, parseManualSearch, type ManualSearch } from '../../../core/enrichment/brp-manual-search.ts';
import { decideBrpReview, needsCandidates } from '../../../core/enrichment/brp-review-decision.ts';
import { correctSignal, CORRECTABLE_FIELDS, type CorrectableValues } from '../../../core/enrichment/signal-correction.ts';
import { householdFacts } from '../../../core/household/household-facts.ts';
import type { SignalRecord } from '../../../core/intake/signal-record.ts';
import { describeError } from '../../../core/logging/describe-error.ts';
import { matchSignal } from '../../../core/matching/match-signal.ts';
import { addressLine, canDecide, closedDecisionMessage, dutchBirthDate, dutchDatesIn, dutchPeriod, fitText, matchStatusText, personName, reviewRoutingKey, shouldRequestRouting, signalStanding } from '../../../core/screens/brp-review-view.ts';
import { BrpRequestError, BrpUnavailableError } from '../../../adapters/brp/brp-errors.ts';
import type { BrpClient } from '../../../adapters/brp/brp-client.ts';
import { processBrpClient } from '../../../adapters/brp/process-brp-client.ts';
import { candidatesByName } from '../../../adapters/enrichment/enrich-signal.ts';
import { readStepRuns } from '../../../jobs/cycle/read-cycle-facts.ts';
import { enqueueJob } from '../../../jobs/enqueue.ts';
import { enqueueEnrichmentRequest } from '../../../jobs/lib/enrichment-requests.ts';
import { readMunicipalityArea, UNREADABLE_AREA_MESSAGE } from '../../../jobs/lib/read-municipality-area.ts';
import { isSameOriginRequest } from '../lib/same-origin.ts';

type Accountability = { user?: string | null } | null | undefined;
type DirectusRequest = { accountability?: Accountability; schema?: unknown; params: Record<string, string>; body?: unknown };

export type ReviewSignal = Pick<SignalRecord, 'initials' | 'name_prefix' | 'surname' | 'birth_date' | 'street' | 'house_number' | 'house_letter' | 'house_number_addition' | 'postcode' | 'city'> & {
  id: string;
  period: string;
  household: string | null;
  case: string | null;
  route_trace: string | null;
  match_status: string;
  match_reasons: string[] | null;
  bsn: string | null;
};

const SIGNAL_FIELDS = ['id', 'period', 'household', 'case', 'route_trace', 'initials', 'name_prefix', 'surname', 'birth_date', 'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'match_status', 'match_reasons', 'bsn'];

/** The screen's route in the module; old links to the HTML page land here. */
export const reviewScreenPath = (id: string) => `/admin/vroegsignalering/signalen/${encodeURIComponent(id)}/brp-controle`;

const NO_BRP = 'Er is geen BRP ingesteld (BRP_API_URL); vraag de technisch beheerder dit in te stellen.';
const BRP_DOWN = 'Het BRP is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.';
const FORBIDDEN = 'Dit signaal bestaat niet of u mag het niet controleren.';
const CROSS_SITE = 'Dit verzoek komt niet uit Vroegsignalering zelf en is geweigerd.';

/** A failure with a Dutch message for the screen. */
class ReviewError extends Error {
  constructor(
    readonly status: number,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
/** "1969-03-03" → "03-03-1969" for the correction form's text field. */
const typedDate = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('-') : (iso ?? ''));

export function registerBrpReviewRoutes(router: Router, { services, env, logger, database }: EndpointExtensionContext) {
  const knex = database as unknown as Knex;
  const itemsAs = (collection: string, req: DirectusRequest) => new services.ItemsService(collection, { schema: req.schema as never, accountability: req.accountability as never });

  function brpClient(): BrpClient {
    const brp = processBrpClient();
    if (!brp) throw new ReviewError(503, NO_BRP);
    return brp;
  }

  async function readSignal(req: DirectusRequest): Promise<ReviewSignal> {
    return (await itemsAs('signals', req).readOne(req.params.id!, { fields: SIGNAL_FIELDS })) as ReviewSignal;
  }

  /** The persons the BRP gives for the signal itself: residents at the rented address and by name (deceased included, as enrichment does). */
  async function signalCandidates(signal: ReviewSignal): Promise<BrpPerson[]> {
    const brp = brpClient();
    const atAddress = signal.postcode && signal.house_number ? await brp.searchByAddress({ postcode: signal.postcode, house_number: signal.house_number, house_letter: signal.house_letter, house_number_addition: signal.house_number_addition }) : [];
    const byName = signal.surname && signal.birth_date ? await candidatesByName(brp, signal) : [];
    return unique([...atAddress, ...byName]);
  }

  /** The persons a typed search gives; run again on a pick, so the server checks the chosen BSN itself. */
  async function searchCandidates(search: ManualSearch): Promise<BrpPerson[]> {
    const brp = brpClient();
    const found =
      search.kind === 'name'
        ? await brp.searchBySurnameAndBirthDate({ surname: search.surname, name_prefix: search.name_prefix, birth_date: search.birth_date }, { includeDeceased: true })
        : await brp.searchByAddress({ postcode: search.postcode, house_number: search.house_number, house_letter: search.house_letter, house_number_addition: search.house_number_addition });
    return unique(found).filter((person) => fitsTypedInitials(search, person.initials));
  }

  /** Candidates as the screen shows them: best fit first, with the matcher's reasons in plain Dutch. */
  function presentCandidates(signal: ReviewSignal, persons: BrpPerson[]) {
    const scored = matchSignal(signal, persons).candidates;
    return scored.map((candidate) => {
      const person = persons.find((p) => p.bsn === candidate.bsn)!;
      return {
        bsn: person.bsn,
        name: personName(person),
        firstNames: person.first_names,
        birthDate: dutchBirthDate(person.birth_date),
        address: addressLine(person.address),
        deceased: person.deceased,
        fit: fitText(candidate.score),
        reasons: candidate.reasons.map(dutchDatesIn),
      };
    });
  }

  /** Whether routing ran (or is queued) for the period, and whether a run is queued or running now. */
  async function routeRuns(period: string): Promise<{ started: boolean; queued: boolean }> {
    const runs = (await readStepRuns(knex, [period])).filter((run) => run.step === 'route' && run.period === period);
    return { started: runs.length > 0, queued: runs.some((run) => run.status === 'queued' || run.status === 'running') };
  }
  const routeRanFor = async (period: string) => (await routeRuns(period)).started;

  /** What the screen shows; candidates only while a decision is open. */
  async function reviewData(req: DirectusRequest, withCandidates: boolean) {
    const signal = await readSignal(req);
    const status = matchStatusText(signal.match_status);
    const open = canDecide(signal.match_status, signal.case);
    let candidates: ReturnType<typeof presentCandidates> = [];
    let brpProblem: string | null = null;
    if (withCandidates && open) {
      try {
        candidates = presentCandidates(signal, await signalCandidates(signal));
      } catch (error) {
        brpProblem = brpMessage(error);
      }
    }
    const route = await routeRuns(signal.period);
    const standing = signalStanding({ matchStatus: signal.match_status, caseId: signal.case, routeTrace: signal.route_trace, period: signal.period, routeStarted: route.started, routeQueued: route.queued });
    return {
      id: signal.id,
      sent: {
        name: personName(signal),
        birthDate: dutchBirthDate(signal.birth_date),
        address: addressLine(signal),
        period: dutchPeriod(signal.period),
      },
      form: {
        initials: signal.initials ?? '',
        name_prefix: signal.name_prefix ?? '',
        surname: signal.surname ?? '',
        birth_date: typedDate(signal.birth_date),
        street: signal.street ?? '',
        house_number: signal.house_number === null || signal.house_number === undefined ? '' : String(signal.house_number),
        house_letter: signal.house_letter ?? '',
        house_number_addition: signal.house_number_addition ?? '',
        postcode: signal.postcode ?? '',
      },
      status: { ...status, pending: signal.match_status === 'pending', open, outOfArea: signal.match_status === 'out_of_area' },
      reasons: (signal.match_reasons ?? []).map(dutchDatesIn),
      candidates,
      brpProblem,
      standing: standing.kind === 'case' ? { ...standing, caseUrl: `/vroegsignalering/zaken/${standing.caseId}` } : standing,
    };
  }

  function brpMessage(error: unknown): string {
    if (error instanceof ReviewError) return error.userMessage;
    if (error instanceof BrpUnavailableError) return BRP_DOWN;
    if (error instanceof BrpRequestError) return error.userMessage;
    throw error;
  }

  /** Enqueue the calendar's route step for the period, as the calendar does, under a key of its own (see reviewRoutingKey). */
  async function requestRouting(signal: Pick<ReviewSignal, 'id' | 'period' | 'case' | 'match_status'>): Promise<boolean> {
    if (!shouldRequestRouting({ matchStatus: signal.match_status, caseId: signal.case, routeRanForPeriod: await routeRanFor(signal.period) })) return false;
    const now = new Date();
    const today = amsterdamDate(now);
    const job = await enqueueJob(knex, 'cycle-step', { step: 'route', period: signal.period, dryRun: false, today }, { uniqueKey: reviewRoutingKey(signal.period, today, now.getTime()), period: signal.period });
    logger.info(`BRP review: routing of ${signal.period} requested after a decision (job run ${job.jobRunId}${job.existing ? ', already queued' : ''})`);
    return true;
  }

  /** Runs one JSON handler: login, same origin for POSTs, Dutch errors, English logs without personal data. */
  const handle = (what: string, work: (req: DirectusRequest, raw: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
    const request = req as unknown as DirectusRequest;
    if (!request.accountability?.user) {
      res.status(401).json({ errors: [{ message: 'Log eerst in.' }] });
      return;
    }
    if (req.method === 'POST' && !isSameOriginRequest({ headers: req.headers, publicUrl: env.PUBLIC_URL as string | undefined, protocol: req.protocol })) {
      logger.warn(`Cross-site BRP review request refused (${what})`);
      res.status(403).json({ errors: [{ message: CROSS_SITE }] });
      return;
    }
    try {
      res.json({ data: await work(request, req) });
    } catch (error) {
      if ((error as { code?: string }).code === 'FORBIDDEN') {
        res.status(403).json({ errors: [{ message: FORBIDDEN }] });
        return;
      }
      if (error instanceof ReviewError) {
        res.status(error.status).json({ errors: [{ message: error.userMessage }] });
        return;
      }
      if (error instanceof BrpUnavailableError || error instanceof BrpRequestError) {
        logger.warn(`BRP review (${what}): ${describeError(error)}`);
        res.status(error instanceof BrpUnavailableError ? 503 : 502).json({ errors: [{ message: error instanceof BrpUnavailableError ? BRP_DOWN : error.userMessage }] });
        return;
      }
      logger.error(`BRP review (${what}) failed: ${describeError(error)}`);
      res.status(500).json({ errors: [{ message: 'Er ging iets mis bij de BRP-controle; probeer het opnieuw of meld het aan functioneel beheer.' }] });
    }
  };

  // Old bookmarks and links to the HTML page: the screen in the module took its place.
  router.get('/signals/:id/brp-controle', (req, res) => {
    res.redirect(302, reviewScreenPath(String(req.params.id)));
  });

  router.get('/signals/:id/brp', handle('read', async (req) => reviewData(req, true)));

  router.post(
    '/signals/:id/brp/search',
    handle('search', async (req) => {
      const signal = await readSignal(req);
      const search = parseManualSearch(req.body, amsterdamDate(new Date()));
      if (!search.ok) throw new ReviewError(400, search.message);
      if (!canDecide(signal.match_status, signal.case)) throw new ReviewError(409, closedDecisionMessage(signal.match_status, signal.case));
      const persons = await searchCandidates(search.value);
      return { search: search.value, candidates: presentCandidates(signal, persons) };
    }),
  );

  router.post(
    '/signals/:id/brp/decide',
    handle('decide', async (req) => {
      const body = asRecord(req.body);
      const signals = itemsAs('signals', req);
      const signal = await readSignal(req);
      if (!canDecide(signal.match_status, signal.case)) throw new ReviewError(409, closedDecisionMessage(signal.match_status, signal.case));
      const decision = typeof body.decision === 'string' ? body.decision : undefined;
      const bsn = typeof body.bsn === 'string' ? body.bsn : undefined;
      let candidates: BrpPerson[] = [];
      if (needsCandidates(decision, bsn)) {
        // Never trust the BSN from the browser: the BRP must give it again now, for the
        // signal itself or for the search the member of staff typed.
        if (body.search !== undefined) {
          const search = parseManualSearch(body.search, amsterdamDate(new Date()));
          if (!search.ok) throw new ReviewError(400, search.message);
          candidates = await searchCandidates(search.value);
        } else candidates = await signalCandidates(signal);
      }
      const outcome = decideBrpReview({ decision, bsn, candidateBsns: candidates.map((person) => person.bsn), decidedBy: req.accountability!.user!, decidedAt: new Date().toISOString() });
      if (!outcome.ok) throw new ReviewError(400, outcome.message);
      const chosen = candidates.find((person) => person.bsn === outcome.chosenBsn);
      let situation = null;
      if (chosen) {
        const area = await readMunicipalityArea(knex);
        if (!area.ok) {
          logger.warn('BRP review decision refused: the municipality area in app_settings cannot be read');
          throw new ReviewError(400, `${UNREADABLE_AREA_MESSAGE}: ${area.message} Vraag functioneel beheer de instelling te verbeteren.`);
        }
        situation = brpSituation(chosen, { postcode: signal.postcode, house_number: signal.house_number, house_letter: signal.house_letter, house_number_addition: signal.house_number_addition }, area.area);
      }
      await signals.updateOne(signal.id, { ...outcome.fields, brp_situation: situation });
      // A deceased tenant has no household left to describe: the facts stay as they were.
      const address = chosen?.deceased ? null : chosen?.address;
      if (address?.postcode && address.house_number && signal.household) {
        const residents = await brpClient().searchByAddress({ postcode: address.postcode, house_number: address.house_number, house_letter: address.house_letter, house_number_addition: address.house_number_addition });
        const facts = householdFacts(residents, amsterdamDate(new Date()));
        await itemsAs('households', req).updateOne(signal.household, { has_minor_children: facts.has_minor_children, household_size: facts.household_size, living_situation: facts.living_situation, facts_source: 'BRP (bevestigd door medewerker)', facts_date: amsterdamDate(new Date()) });
      }
      await requestRouting({ ...signal, match_status: outcome.fields.match_status });
      return reviewData(req, false);
    }),
  );

  router.post(
    '/signals/:id/brp/correct',
    handle('correct', async (req) => {
      const body = asRecord(req.body);
      const signal = await readSignal(req);
      if (signal.match_status === 'out_of_area') throw new ReviewError(409, 'Het huuradres ligt buiten de gemeente; dit signaal wordt niet bij het BRP nagevraagd. Hoort het adres toch bij de gemeente, laat dan functioneel beheer het postcodegebied of de woonplaatsen aanpassen.');
      const current = Object.fromEntries(CORRECTABLE_FIELDS.map((field) => [field, signal[field] ?? null])) as CorrectableValues;
      const outcome = correctSignal({ values: asRecord(body.values), reason: body.reason, current: { ...current, case: signal.case }, today: amsterdamDate(new Date()) });
      if (!outcome.ok) throw new ReviewError(400, outcome.message);
      // Another dwelling is another household (as the intake groups them): find or create it.
      let household: { household: string } | Record<string, never> = {};
      if (outcome.newDwellingKey) {
        const households = itemsAs('households', req);
        const [existing] = (await households.readByQuery({ filter: { address_key: { _eq: outcome.newDwellingKey } }, fields: ['id'], limit: 1 })) as Array<{ id: string }>;
        household = { household: existing?.id ?? String(await households.createOne({ address_key: outcome.newDwellingKey })) };
      }
      // Through Directus with the user's accountability: the correction and its reason are one revision.
      await itemsAs('signals', req).updateOne(signal.id, { ...outcome.update, ...household });
      const runs = await enqueueEnrichmentRequest(knex, [signal.id]);
      logger.info(`BRP review: signal corrected (${outcome.changed.join(', ')}) and enrichment enqueued (${runs.length} job)`);
      return { changed: outcome.changed, message: 'De gegevens zijn gecorrigeerd; het signaal wordt opnieuw bij het BRP nagevraagd.' };
    }),
  );

  router.post(
    '/signals/:id/brp/route',
    handle('route', async (req) => {
      // Reading signals is the municipality's staff's alone (a corporation or AMW gets the 403).
      const signal = await readSignal(req);
      const requested = await requestRouting(signal);
      return { requested, ...(await reviewData(req, false)) };
    }),
  );
}

function unique(persons: BrpPerson[]): BrpPerson[] {
  return [...new Map(persons.map((person) => [person.bsn, person])).values()];
}
