/**
 * Step `letters` (before the feedback day, and before AMW's overview on the 11th): every
 * letter the period's decisions call for, once (core/documents/plan-letter-run.ts) — one
 * PDF per household attached to its case (a `letter` document), and one print-ready PDF of
 * the whole run for the post room in postcode order (a `letter_batch` document).
 *
 * - The templates are the active ones in Directus as functional admins edited them; each
 *   letter records the template and the version it used. The letterhead is the settings'.
 * - One Chromium prints the whole run (adapters/pdf/print-letter-run.ts: the batch is printed
 *   in parts and cut per household), and is closed whatever happens.
 * - Idempotent: a letter's `letter_key` is unique, so a second run makes nothing, and of two
 *   runs at once only one stores a letter (the other removes its file again). A re-issue is a
 *   staff member's `letter` document with status `requested` and a reason: the step fulfils
 *   it in place (file, template, status `ready`), or marks it `failed` with the reason why not.
 * - A letter whose data is incomplete (an AMW organisation without a phone number) is not
 *   made; the message names the missing fields, never a person. Nothing goes to disk.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { dutchPeriod } from '../../core/routing/dutch-date.ts';
import { LETTER_LABELS } from '../../core/documents/letter-template-keys.ts';
import { letterReference, letterRenderData } from '../../core/documents/letter-render-data.ts';
import { letterRunSummary } from '../../core/documents/letter-run-summary.ts';
import { defaultTalkPlaceFrom, type AppSettingsLetterRow } from '../../core/documents/letter-settings-from.ts';
import { planLetterRun, type PlannedLetter } from '../../core/documents/plan-letter-run.ts';
import { comparePostalAddress } from '../../core/documents/postcode-order.ts';
import { createLetterRenderer, LetterDataError, TemplateSetError, type LetterRenderer, type LetterToRender } from '../../core/documents/render-letter-html.ts';
import { DEFAULT_CHROMIUM_PATH, PdfPrinter } from '../../adapters/pdf/pdf-printer.ts';
import { LETTERS_PER_PRINT, printLetterRunParts } from '../../adapters/pdf/print-letter-run.ts';
import { pageNumbers, readPdfObjects } from '../../adapters/pdf/pdf-objects.ts';
import { mergePdfs, writePages, type PageEntry } from '../../adapters/pdf/split-pdf.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { PermanentJobError, TransientJobError, type JobContext, type JobOutcome } from '../job-types.ts';
import { readLetterFacts } from './read-letter-facts.ts';
import { readActiveTemplates, readLetterSettings, type StoredTemplate } from './read-letter-templates.ts';

export type LettersStepContext = Pick<JobContext, 'knex' | 'directus' | 'now' | 'log'> & Partial<Pick<JobContext, 'chromiumPath' | 'abortSignal'>>;

export interface LettersStepInput {
  period: string;
  today: string;
  dryRun: boolean;
  now: Date;
  /** Letters per Chromium print (tests use small parts to cover the merge). */
  lettersPerPrint?: number;
}

const PDF = 'application/pdf';
/**
 * Letters go to Directus in batches, one upload request per batch, two requests side by side:
 * a run of 10,000 letters makes 200 requests instead of 10,000 (stored one by one, the month
 * bench measured 39 letters/s against 107/s for printing alone).
 */
const LETTERS_PER_UPLOAD = 50;
const UPLOADS_AT_ONCE = 2;
/** Below Directus's default upload limit (FILES_MAX_UPLOAD_SIZE, 25 MB), with room for the merge's own bytes. */
const MAX_BATCH_BYTES = 20 * 2 ** 20;

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export async function runLettersStep(context: LettersStepContext, input: LettersStepInput): Promise<JobOutcome> {
  const { knex } = context;
  const { period, today, dryRun } = input;
  const facts = await readLetterFacts(knex, period, today);
  // A case without a place of its own invites to the municipality's usual place (Instellingen).
  const defaultTalk = defaultTalkPlaceFrom((await knex('app_settings').first()) as AppSettingsLetterRow | undefined);
  if (defaultTalk) {
    for (const item of facts.cases) if (!item.appointment.talk_place) item.appointment.talk_place = defaultTalk.place;
    for (const item of facts.caseFacts.values()) if (!item.talk_place) item.talk_place = defaultTalk.place;
  }
  const plan = planLetterRun({ period, today, signals: facts.signals, cases: facts.cases, referrals: facts.referrals, produced: facts.produced, reissues: facts.requests });
  const requestOf = new Map(facts.requests.map((request) => [request.id, request]));
  const refusedRequests = plan.skipped.filter((item) => item.reissue_request !== null && requestOf.has(item.reissue_request));
  const summary = letterRunSummary(plan, period);
  const counts: Record<string, number> = { letters: 0, planned: plan.counts.letters, invitation_municipality: 0, advance_notice_amw: 0, privacy_information: 0, reissued: 0, incomplete: 0, batches: 0, requests_refused: refusedRequests.length, households: plan.counts.households };
  for (const [code, n] of Object.entries(plan.counts.skipped)) if (n > 0) counts[`skipped_${code}`] = n;

  // Letters a run stored before it broke off, before its post-room PDF: they go in this run's.
  const unbatched = await lettersWithoutBatch(knex, period);
  counts.unbatched = unbatched.length;
  const unbatchedText = !unbatched.length
    ? ''
    : dryRun
      ? ` ${count(unbatched.length, 'brief', 'brieven')} van een eerder afgebroken run ${unbatched.length === 1 ? 'staat' : 'staan'} nog in geen printbestand; die ${unbatched.length === 1 ? 'gaat' : 'gaan'} mee in het volgende.`
      : ` ${count(unbatched.length, 'brief', 'brieven')} van een eerder afgebroken run ${unbatched.length === 1 ? 'staat' : 'staan'} nu ook in dit printbestand.`;

  if (plan.letters.length === 0 && unbatched.length === 0) {
    if (!dryRun) await refuseRequests(knex, refusedRequests);
    const refused = refusedRequests.length ? ` ${count(refusedRequests.length, 'heruitgave kon', 'heruitgaven konden')} niet worden gemaakt (zie het document).` : '';
    return { message: dryRun ? `Proefrun: ${summary} Er is niets opgeslagen.` : `${summary}${refused}`, counts };
  }

  const settings = await readLetterSettings(knex, context.directus);
  const templates = await readActiveTemplates(knex);
  const renderer = rendererOf(templates, plan.letters);
  const templateOf = new Map(templates.filter((template) => template.kind === 'letter').map((template) => [template.key, template]));
  const renderFacts = { ...settings, today, signalPartners: facts.signalPartners, cases: facts.caseFacts };

  // Every letter's data is checked before Chromium starts: one that is incomplete is left out.
  const ready: Array<{ letter: PlannedLetter; render: LetterToRender }> = [];
  const incomplete = new Map<string, number>();
  for (const letter of plan.letters) {
    const render = { key: letter.template_key, data: letterRenderData(letter, renderFacts) };
    try {
      renderer.checkData(render.key, render.data);
      ready.push({ letter, render });
    } catch (error) {
      if (!(error instanceof LetterDataError)) throw error;
      for (const field of error.fields) incomplete.set(`${LETTER_LABELS[letter.template_key]}: ${field}`, (incomplete.get(`${LETTER_LABELS[letter.template_key]}: ${field}`) ?? 0) + 1);
    }
  }
  counts.incomplete = plan.letters.length - ready.length;
  const incompleteText = counts.incomplete
    ? ` ${count(counts.incomplete, 'brief is', 'brieven zijn')} niet gemaakt omdat gegevens ontbreken (${[...incomplete].map(([field, n]) => `${field} ${n}×`).join(', ')}); vul ze aan en start de stap opnieuw.`
    : '';

  if (dryRun) {
    return { message: `Proefrun: zou ${count(ready.length, 'brief', 'brieven')} maken en één printbestand voor de postkamer. ${summary}${incompleteText}${unbatchedText} Er is niets opgeslagen.`, counts };
  }

  await refuseRequests(knex, refusedRequests);
  const made: PlannedLetter[] = [];
  const batchParts: Array<{ pdf: Buffer; letters: number }> = [];
  if (unbatched.length > 0) {
    const address = new Map(facts.signals.filter((signal) => signal.household).map((signal) => [signal.household!, signal.address]));
    const ordered = [...unbatched].sort((a, b) => {
      const x = a.household ? address.get(a.household) : undefined;
      const y = b.household ? address.get(b.household) : undefined;
      return x && y ? comparePostalAddress(x, y) : Number(!x) - Number(!y);
    });
    const pdfs: Buffer[] = [];
    for (const letter of ordered) pdfs.push(Buffer.from((await context.directus.downloadFile(letter.file)).bytes));
    batchParts.push({ pdf: postRoomPdf(pdfs, `Brieven ${settings.settings.municipalityName}`), letters: pdfs.length });
  }
  if (ready.length > 0) {
    const print = printSettingsFor(ready.length);
    const printer = await PdfPrinter.launch({ executablePath: context.chromiumPath ?? DEFAULT_CHROMIUM_PATH, tabs: print.tabs });
    try {
      for await (const part of printLetterRunParts(printer, renderer, ready.map((item) => item.render), { lettersPerPrint: input.lettersPerPrint ?? print.lettersPerPrint })) {
        const items = ready.slice(part.offset, part.offset + part.perLetter.length).map(({ letter }, i) => ({ letter, pdf: part.perLetter[i]! }));
        const batches = chunks(items, LETTERS_PER_UPLOAD);
        const stored = (await mapLimited(batches, UPLOADS_AT_ONCE, async (batch) => await storeLetters(context, batch, templateOf, period))).flat();
        const won = items.filter((_, i) => stored[i]).map((item) => item.letter);
        made.push(...won);
        if (won.length === items.length) batchParts.push({ pdf: part.batch, letters: won.length });
        else if (won.length > 0) batchParts.push({ pdf: postRoomPdf(part.perLetter.filter((_, i) => stored[i]), `Brieven ${settings.settings.municipalityName}`), letters: won.length });
        context.log.info(`letters ${period}: stored ${won.length} of ${items.length} in a part`);
        // The lease ended or the worker stops: what is stored stays; the next try makes the rest
        // and puts these letters in its post-room PDF (lettersWithoutBatch).
        if (context.abortSignal?.aborted) throw new TransientJobError('De brievenrun is onderbroken; hij gaat later verder waar hij was.', `letters ${period} aborted after ${made.length} letters`);
      }
    } finally {
      await printer.close();
    }
  }

  // The report counts what was stored, not what was planned.
  const madeCounts = { ...plan.counts, letters: made.length, invitation_municipality: 0, advance_notice_amw: 0, privacy_information: 0, reissued: 0 };
  for (const letter of made) {
    madeCounts[letter.template_key] += 1;
    if (letter.reissue) madeCounts.reissued += 1;
  }
  Object.assign(counts, { letters: madeCounts.letters, invitation_municipality: madeCounts.invitation_municipality, advance_notice_amw: madeCounts.advance_notice_amw, privacy_information: madeCounts.privacy_information, reissued: madeCounts.reissued });
  const madeSummary = letterRunSummary({ ...plan, letters: made, counts: madeCounts }, period);
  let batchText = '';
  const inBatch = made.length + unbatched.length;
  if (inBatch > 0) {
    // Directus takes files up to 25 MB (FILES_MAX_UPLOAD_SIZE): a large city's run (about 8 KiB a
    // letter) goes to the post room in volumes, each in postcode order after the one before.
    const volumes = volumesOf(batchParts, MAX_BATCH_BYTES);
    const earlier = unbatched.length ? ` (eerst ${count(unbatched.length, 'brief', 'brieven')} van een eerder afgebroken run)` : '';
    let first = 1;
    for (const [i, volume] of volumes.entries()) {
      const pdf = volume.length === 1 ? volume[0]!.pdf : mergePdfs(volume.map((part) => part.pdf), `Brieven ${settings.settings.municipalityName}`);
      const letters = volume.reduce((total, part) => total + part.letters, 0);
      const which = volumes.length > 1 ? ` deel ${i + 1} van ${volumes.length} (brief ${first} tot en met ${first + letters - 1} van ${inBatch})` : '';
      const batchSummary = `Printbestand voor de postkamer${which}: ${count(letters, 'brief', 'brieven')} voor ${dutchPeriod(period)}, op volgorde van postcode${i === 0 ? earlier : ''}.`;
      const suffix = volumes.length > 1 ? `-deel-${i + 1}` : '';
      const file = await context.directus.uploadFile(pdf, { filename: `brieven-${period}-${stamp(input.now)}${suffix}.pdf`, title: `Brieven ${period} (postkamer)${volumes.length > 1 ? ` deel ${i + 1} van ${volumes.length}` : ''}`, type: PDF });
      await knex('documents').insert({ id: randomUUID(), kind: 'letter_batch', status: 'ready', period, file, rows: letters, summary: batchSummary, date_created: dbDates(knex).timestamp(context.now()) });
      first += letters;
    }
    counts.batches = volumes.length;
    batchText = volumes.length > 1 ? ` Het printbestand voor de postkamer staat klaar bij Documenten, in ${volumes.length} delen.` : ' Het printbestand voor de postkamer staat klaar bij Documenten.';
  }
  const refusedText = refusedRequests.length ? ` ${count(refusedRequests.length, 'heruitgave kon', 'heruitgaven konden')} niet worden gemaakt (zie het document).` : '';
  const lost = ready.length - made.length;
  const lostText = lost ? ` ${count(lost, 'brief was', 'brieven waren')} intussen al door een andere run gemaakt.` : '';
  return { message: `${madeSummary}${batchText}${incompleteText}${refusedText}${lostText}${unbatchedText}`, counts };
}

function rendererOf(templates: readonly StoredTemplate[], letters: readonly PlannedLetter[]): LetterRenderer {
  const missing = [...new Set(letters.map((letter) => letter.template_key))].filter((key) => !templates.some((template) => template.kind === 'letter' && template.key === key));
  if (missing.length > 0) {
    throw new PermanentJobError(`Er is geen actief sjabloon voor: ${missing.map((key) => LETTER_LABELS[key]).join(', ')}. Zet het sjabloon op actief bij Sjablonen; er is geen brief gemaakt.`, `no active template for ${missing.join(', ')}`);
  }
  // Only what this run uses: a letter an admin added for something else cannot stop the run.
  const keys = new Set<string>(letters.map((letter) => letter.template_key));
  try {
    return createLetterRenderer(templates.filter((template) => template.kind === 'partial' || keys.has(template.key)));
  } catch (error) {
    if (error instanceof TemplateSetError) throw new PermanentJobError(`${error.message}. Herstel het sjabloon bij Sjablonen; er is geen brief gemaakt.`, `template set invalid: ${error.problems.map((item) => item.key).join(', ')}`);
    throw error;
  }
}

/**
 * Stores a batch of letters: their PDFs in one upload, their documents in one transaction.
 * Per letter false when another run stored it first (the letter key is unique, a request is
 * fulfilled once): then its file is removed again, as are all files when the documents fail.
 */
async function storeLetters(context: LettersStepContext, batch: ReadonlyArray<{ letter: PlannedLetter; pdf: Buffer }>, templateOf: ReadonlyMap<string, StoredTemplate>, period: string): Promise<boolean[]> {
  const { knex } = context;
  const files = await context.directus.uploadFiles(
    batch.map(({ letter, pdf }) => {
      const reference = letterReference(period, letter.case);
      // A re-issue carries its request's id: the first letter of the household may be in the same batch.
      const name = letter.reissue ? `brief-${reference}-${letter.reissue.request.slice(0, 8)}.pdf` : `brief-${reference}.pdf`;
      return { bytes: pdf, options: { filename: name, title: `${LETTER_LABELS[letter.template_key]} ${reference}`, type: PDF } };
    }),
  );
  let stored: boolean[];
  try {
    stored = await knex.transaction(async (trx) => {
      const created = dbDates(trx).timestamp(context.now());
      const rows = batch.map(({ letter }, i) => {
        const template = templateOf.get(letter.template_key)!;
        return { id: randomUUID(), row: { case: letter.case, household: letter.household, period, template: template.id, template_key: letter.template_key, template_version: template.version, letter_key: letter.letter_key, file: files[i]!, status: 'ready' } };
      });
      const fresh = rows.filter((_, i) => !batch[i]!.letter.reissue);
      if (fresh.length > 0) await trx('documents').insert(fresh.map(({ id, row }) => ({ id, kind: 'letter', ...row, date_created: created }))).onConflict('letter_key').ignore();
      const inserted = new Set(fresh.length ? ((await trx('documents').select('id').whereIn('id', fresh.map((item) => item.id))) as Array<{ id: string }>).map((item) => String(item.id)) : []);
      const result: boolean[] = [];
      for (const [i, { letter }] of batch.entries()) {
        const { id, row } = rows[i]!;
        if (!letter.reissue) result.push(inserted.has(id));
        else result.push(Number(await trx('documents').where({ id: letter.reissue.request, status: 'requested' }).update({ ...row, reissue_of: letter.reissue.replaces ?? undefined })) === 1);
      }
      return result;
    });
  } catch (error) {
    await context.directus.deleteFiles(files);
    throw error;
  }
  await context.directus.deleteFiles(files.filter((_, i) => !stored[i]));
  return stored;
}

/**
 * Letters of the period stored after its last post-room PDF: a run that broke off between
 * storing its letters and its batch left them. Letters and their batch share the run's
 * timestamps or come before it, so a finished run leaves none.
 */
async function lettersWithoutBatch(knex: Knex, period: string): Promise<Array<{ id: string; file: string; household: string | null }>> {
  const last = (await knex('documents').max('date_created as at').where({ kind: 'letter_batch', period }).first()) as { at: unknown } | undefined;
  const query = knex('documents').select('id', 'file', 'household').where({ kind: 'letter', period, status: 'ready' }).whereNotNull('file');
  if (last?.at !== null && last?.at !== undefined) query.where('date_created', '>', last.at as string);
  return ((await query) as Array<{ id: string; file: string; household: string | null }>).map((row) => ({ id: String(row.id), file: String(row.file), household: row.household === null ? null : String(row.household) }));
}

/** Requests the planner refused (no reason, a household without a letter this period…) say why, and stop waiting. */
async function refuseRequests(knex: Knex, refused: ReadonlyArray<{ reissue_request: string | null; reason: string }>): Promise<void> {
  for (const item of refused) {
    if (!item.reissue_request) continue;
    await knex('documents').where({ id: item.reissue_request, status: 'requested' }).update({ status: 'failed', summary: `Niet opnieuw gemaakt: ${item.reason}` });
  }
}

/**
 * How a run prints: two tabs, so the part being printed and the next one share the two
 * cores; a month of up to 500 letters in two equal halves (measured: a Weert month of 255
 * about a quarter faster than one part of 250 and one of 5), a larger run in parts of 250.
 */
export function printSettingsFor(letters: number): { tabs: number; lettersPerPrint: number } {
  return { tabs: 2, lettersPerPrint: letters <= 2 * LETTERS_PER_PRINT ? Math.max(1, Math.ceil(letters / 2)) : LETTERS_PER_PRINT };
}

/** Consecutive parts grouped into volumes of at most `maxBytes` (a part larger than that is a volume of its own). */
export function volumesOf<T extends { pdf: Buffer }>(parts: readonly T[], maxBytes: number): T[][] {
  const volumes: T[][] = [];
  let size = 0;
  for (const part of parts) {
    const current = volumes.at(-1);
    if (current && size + part.pdf.length <= maxBytes) {
      current.push(part);
      size += part.pdf.length;
    } else {
      volumes.push([part]);
      size = part.pdf.length;
    }
  }
  return volumes;
}

/** The post room's PDF from single letters: a blank page after an odd one, for double-sided printing. */
function postRoomPdf(letters: readonly Buffer[], title: string): Buffer {
  const entries: PageEntry[] = letters.flatMap((pdf) => {
    const objects = readPdfObjects(pdf);
    const pages: PageEntry[] = pageNumbers(objects).map((page) => ({ objects, page }));
    return pages.length % 2 === 1 ? [...pages, 'blank' as const] : pages;
  });
  return writePages(entries, title);
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

