/**
 * Letter runs as the letters step prints them (adapters/pdf/print-letter-run.ts: one
 * Chromium for the run, the batch printed in parts of 250 and cut into a PDF per household),
 * for a Weert month (255 letters) and a large city (10,000), beside the naive way (a browser
 * launch per letter), measured on a few letters in the same run and projected. Letters/s and
 * peak memory of Node and of Chromium (all its processes). Fictitious data; nothing is
 * written to disk; storing in Directus is not part of it.
 *
 *   npx tsx bench/letter-runs.ts [letters…]     (default 255 10000)
 */
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { PdfPrinter } from '../adapters/pdf/pdf-printer.ts';
import { pdfPageCount } from '../adapters/pdf/pdf-text.ts';
import { printLetterRunParts } from '../adapters/pdf/print-letter-run.ts';
import { mergePdfs } from '../adapters/pdf/split-pdf.ts';
import { readDefaultTemplates } from '../adapters/templates/default-templates.ts';
import { printSettingsFor } from '../jobs/cycle/letters-step.ts';
import { createLetterRenderer, renderLetterBatchHtml, renderLetterHtml } from '../core/documents/render-letter-html.ts';
import type { BenchResult } from './intake.ts';
import { benchLetters } from './letters.ts';
import { machineLine, peakMemoryMiB } from './machine.ts';

/** Resident memory of a process and all its children (Chromium's renderers), in MiB. */
async function treeResidentMiB(rootPid: number | undefined): Promise<number> {
  if (!rootPid) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
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
const perSecond = (count: number, ms: number) => `${(count / (ms / 1000)).toFixed(1)} letters/s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** One run of `count` letters the way the letters step does it. */
async function benchRun(count: number, chromiumPath: string | undefined, projectTo?: number): Promise<BenchResult> {
  const renderer = createLetterRenderer(await readDefaultTemplates());
  const letters = benchLetters(count);
  const start = performance.now();
  const print = printSettingsFor(count);
  const printer = await PdfPrinter.launch({ executablePath: chromiumPath, tabs: print.tabs });
  let chromiumPeak = 0;
  let pages = 0;
  let householdBytes = 0;
  let firstPartMs = 0;
  const batchParts: Buffer[] = [];
  try {
    for await (const part of printLetterRunParts(printer, renderer, letters, { lettersPerPrint: print.lettersPerPrint })) {
      if (!firstPartMs) firstPartMs = performance.now() - start;
      chromiumPeak = Math.max(chromiumPeak, await treeResidentMiB(printer.pid));
      // The step stores each household's PDF and lets it go; the batch parts stay for the post room.
      householdBytes += part.perLetter.reduce((total, pdf) => total + pdf.length, 0);
      batchParts.push(part.batch);
    }
  } finally {
    await printer.close();
  }
  const batch = batchParts.length === 1 ? batchParts[0]! : mergePdfs(batchParts, 'Brieven');
  pages = pdfPageCount(batch);
  const ms = performance.now() - start;
  const nodePeak = await peakMemoryMiB(process.pid);
  return {
    name: `Letter run: ${count} letters as the letters step prints them (one Chromium, ${print.tabs} tabs, parts of ${print.lettersPerPrint}): one print PDF for the post room plus a PDF per household`,
    figures: {
      total: seconds(ms),
      rate: perSecond(count, ms),
      'first part ready': seconds(firstPartMs),
      'post-room PDF': `${pages} pages, ${mib(batch.length)}`,
      'PDFs per household': `${count}, ${mib(householdBytes)} together`,
      'Chromium peak resident (sampled per part)': `${chromiumPeak.toFixed(0)} MiB`,
      'Node peak resident (process so far)': nodePeak === null ? 'unknown' : `${nodePeak.toFixed(0)} MiB`,
      // Parts print one after the other and each household's PDF is let go: time grows with
      // the count, memory does not (the post-room PDF does: about 8 KiB a letter).
      ...(projectTo && projectTo > count ? { [`projected for ${projectTo} (same rate)`]: seconds((ms / count) * projectTo) } : {}),
      'load average (1 min) at the end': os.loadavg()[0]!.toFixed(1),
    },
  };
}

/** The post room's PDF alone, one print of the month. */
async function benchBatchOnly(count: number, chromiumPath: string | undefined): Promise<BenchResult> {
  const renderer = createLetterRenderer(await readDefaultTemplates());
  const letters = benchLetters(count);
  const start = performance.now();
  const printer = await PdfPrinter.launch({ executablePath: chromiumPath });
  try {
    const pdf = await printer.print(renderLetterBatchHtml(renderer, letters));
    const ms = performance.now() - start;
    return { name: `Letter run: ${count} letters as one print PDF only (browser launch included)`, figures: { total: seconds(ms), rate: perSecond(count, ms), pages: pdfPageCount(pdf) } };
  } finally {
    await printer.close();
  }
}

/** The naive way: a browser launched per letter; measured on a few and projected. */
async function benchNaive(sample: number, projectFor: readonly number[], chromiumPath: string | undefined): Promise<BenchResult> {
  const renderer = createLetterRenderer(await readDefaultTemplates());
  const letters = benchLetters(sample);
  const start = performance.now();
  for (const letter of letters) {
    const once = await PdfPrinter.launch({ executablePath: chromiumPath });
    try {
      await once.print(renderLetterHtml(renderer, letter));
    } finally {
      await once.close();
    }
  }
  const ms = performance.now() - start;
  return {
    name: `Letter run, naive: a browser launch per letter (${sample} measured, projected)`,
    figures: { measured: seconds(ms), rate: perSecond(sample, ms), ...Object.fromEntries(projectFor.map((count) => [`projected for ${count}`, seconds((ms / sample) * count)])) },
  };
}

/**
 * @param counts the runs to measure: a Weert month first, then a large city
 * @param projectTo the large city's size, when the last count is a sample of it (the bench's
 *   time budget): its time is projected at the measured rate
 */
export async function benchLetterRuns(counts: readonly number[] = [255, 10_000], options: { naiveSample?: number; projectTo?: number; chromiumPath?: string } = {}): Promise<BenchResult[]> {
  const chromiumPath = options.chromiumPath ?? process.env.CHROMIUM_PATH;
  const results: BenchResult[] = [];
  const month = counts[0] ?? 255;
  results.push(await benchBatchOnly(month, chromiumPath));
  for (const [i, count] of counts.entries()) results.push(await benchRun(count, chromiumPath, i === counts.length - 1 ? options.projectTo : undefined));
  results.push(await benchNaive(options.naiveSample ?? 5, [...new Set([...counts, ...(options.projectTo ? [options.projectTo] : [])])], chromiumPath));
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(`Machine: ${machineLine()}`);
  for (const result of await benchLetterRuns(counts.length ? counts : undefined)) {
    console.log(`\n${result.name}`);
    for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
  }
}
