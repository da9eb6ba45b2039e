/**
 * Letters: how fast the HTML renderer and the PDF printer are for a Weert month (255
 * letters; the lead's run can pass 10,000), as one print PDF for the post room and as a
 * PDF per household on one reused tab, beside the naive way (a browser launch per letter,
 * measured on fewer letters: it is slow). Fictitious data; nothing is written to disk.
 *
 *   npx tsx bench/letters.ts [letters] [naive-letters]
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readDefaultTemplates } from '../adapters/templates/default-templates.ts';
import { PdfPrinter } from '../adapters/pdf/pdf-printer.ts';
import { pdfPageCount } from '../adapters/pdf/pdf-text.ts';
import { printLetterRun } from '../adapters/pdf/print-letter-run.ts';
import { type LetterKey } from '../core/documents/letter-data.ts';
import { SAMPLE_LETTER_DATA } from '../core/documents/letter-samples.ts';
import { createLetterRenderer, renderLetterBatchHtml, renderLetterHtml, type LetterToRender } from '../core/documents/render-letter-html.ts';
import type { BenchResult } from './intake.ts';
import { machineLine, peakMemoryMiB } from './machine.ts';

const SURNAMES = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Öztürk', 'El Idrissi'];
const STREETS = ['Beekstraat', 'Molenstraat', 'Hoogstraat', 'Maasstraat', 'Nieuwe Markt', 'Sint Jozefslaan'];

/** A month's mix: about a sixth invited by the municipality, half to AMW, the rest information only. */
export function benchLetters(count: number): LetterToRender[] {
  return Array.from({ length: count }, (_, i) => {
    const key: LetterKey = i % 6 === 0 ? 'invitation_municipality' : i % 2 === 0 ? 'privacy_information' : 'advance_notice_amw';
    const sample = SAMPLE_LETTER_DATA[key];
    const surname = SURNAMES[i % SURNAMES.length] ?? 'Jansen';
    const [prefix, last] = surname.includes(' ') ? [surname.slice(0, surname.lastIndexOf(' ')), surname.slice(surname.lastIndexOf(' ') + 1)] : [null, surname];
    const postcode = `${6000 + (i % 40)}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}`;
    const addressee = { ...sample.addressee, initials: 'J.', prefix, surname: last, street: STREETS[i % STREETS.length] ?? 'Markt', houseNumber: 1 + (i % 180), postcode };
    return { key, data: { ...sample, addressee, letter: { ...sample.letter, reference: `VS-2026-11-${String(i + 1).padStart(4, '0')}` } } };
  }).sort((a, b) => (a.data.addressee.postcode < b.data.addressee.postcode ? -1 : 1));
}

/** Resident memory of Chromium: the browser and all its child processes together, in MiB. */
async function treeResidentMiB(rootPid: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = await readFile(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const sum = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((total, child) => total + sum(child), 0);
  return sum(rootPid);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (count: number, ms: number) => `${(count / (ms / 1000)).toFixed(1)} letters/s`;

export async function benchLetterPrinting(count = 255, naiveCount = 20): Promise<BenchResult[]> {
  const renderer = createLetterRenderer(await readDefaultTemplates());
  const letters = benchLetters(count);
  const results: BenchResult[] = [];

  const launchStart = performance.now();
  const printer = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH });
  const launchMs = performance.now() - launchStart;
  let chromiumMiB = 0;
  try {
    // One print PDF for the post room.
    const batchStart = performance.now();
    const html = renderLetterBatchHtml(renderer, letters);
    const renderMs = performance.now() - batchStart;
    const pdf = await printer.print(html);
    const batchMs = performance.now() - batchStart;
    chromiumMiB = await treeResidentMiB(printer.pid ?? 0);
    results.push({ name: `Letters: ${count} as one print PDF (one browser, launched once)`, figures: { 'browser launch': seconds(launchMs / 1), 'render HTML': seconds(renderMs), 'render + print': seconds(batchMs), rate: rate(count, batchMs), pages: pdfPageCount(pdf), 'PDF size': `${(pdf.length / 2 ** 20).toFixed(1)} MiB`, 'HTML size': `${(html.length / 2 ** 20).toFixed(1)} MiB`, 'Chromium resident after print': `${chromiumMiB.toFixed(0)} MiB` } });

    // A PDF per household on the same tab.
    const eachStart = performance.now();
    let bytes = 0;
    for (const letter of letters) bytes += (await printer.print(renderLetterHtml(renderer, letter))).length;
    const eachMs = performance.now() - eachStart;
    results.push({ name: `Letters: ${count} PDFs, one per household (one reused tab)`, figures: { 'render + print': seconds(eachMs), rate: rate(count, eachMs), 'average PDF': `${(bytes / count / 1024).toFixed(0)} KiB` } });

    // The run as the letters step would do it: one print, cut into a PDF per household.
    const runStart = performance.now();
    const run = await printLetterRun(printer, renderer, letters);
    const runMs = performance.now() - runStart;
    const pieceBytes = run.perLetter.reduce((total, piece) => total + piece.length, 0);
    results.push({ name: `Letters: ${count} as one print PDF plus a PDF per household cut from it (printLetterRun)`, figures: { 'render + print + cut': seconds(runMs), rate: rate(count, runMs), 'average PDF per household': `${(pieceBytes / count / 1024).toFixed(0)} KiB` } });
  } finally {
    await printer.close();
  }

  // A PDF per household, printed separately on two tabs.
  const twoTabs = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH, tabs: 2 });
  try {
    const start = performance.now();
    await Promise.all(letters.map((letter) => twoTabs.print(renderLetterHtml(renderer, letter))));
    const ms = performance.now() - start;
    results.push({ name: `Letters: ${count} PDFs, one per household (two tabs)`, figures: { 'render + print': seconds(ms), rate: rate(count, ms) } });
  } finally {
    await twoTabs.close();
  }

  // The naive way: a browser per letter.
  const naiveStart = performance.now();
  for (const letter of letters.slice(0, naiveCount)) {
    const once = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH });
    try {
      await once.print(renderLetterHtml(renderer, letter));
    } finally {
      await once.close();
    }
  }
  const naiveMs = performance.now() - naiveStart;
  results.push({ name: `Letters: ${naiveCount} PDFs, naive (a browser launch per letter)`, figures: { total: seconds(naiveMs), rate: rate(naiveCount, naiveMs), [`projected for ${count}`]: seconds((naiveMs / naiveCount) * count) } });
  const nodePeak = await peakMemoryMiB(process.pid);
  results.push({ name: 'Letters: memory', figures: { 'Node peak resident': nodePeak === null ? 'unknown' : `${nodePeak.toFixed(0)} MiB`, 'Chromium resident after the batch': `${chromiumMiB.toFixed(0)} MiB` } });
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Machine: ${machineLine()}`);
  for (const result of await benchLetterPrinting(Number(process.argv[2] ?? 255), Number(process.argv[3] ?? 20))) {
    console.log(`\n${result.name}`);
    for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
  }
}
