/**
 * The preview beside the template editor (app interface `vs-template-preview`): what it
 * asks the preview endpoint for, given the form's current values, and how it sums up
 * the problems. The endpoint does the rendering (core/documents/preview-template.ts).
 */

export const PREVIEW_PATH = '/vroegsignalering/sjablonen/voorbeeld';
export const PDF_PREVIEW_PATH = '/vroegsignalering/sjablonen/voorbeeld.pdf';
/** Wait this long after the last keystroke before asking for a new preview. */
export const PREVIEW_DEBOUNCE_MS = 500;

export interface TemplatePreviewRequest {
  key: string;
  kind: 'letter' | 'partial';
  source: string;
}

export type PreviewPlan = { ok: true; request: TemplatePreviewRequest } | { ok: false; reason: string };

export function templatePreviewPlan(values: Record<string, unknown> | null | undefined): PreviewPlan {
  const key = typeof values?.key === 'string' ? values.key.trim() : '';
  const source = typeof values?.source === 'string' ? values.source : '';
  const kind = values?.kind;
  if (kind === 'export') return { ok: false, reason: 'Voor een exportsjabloon is er geen voorbeeld.' };
  if (kind !== 'letter' && kind !== 'partial') return { ok: false, reason: 'Kies eerst de soort: brief of onderdeel.' };
  if (!key || !source.trim()) return { ok: false, reason: 'Vul eerst een sleutel en de tekst van het sjabloon in.' };
  return { ok: true, request: { key, kind, source } };
}

/** The line above the problems: how many, and what they mean for saving. */
export function problemsHeading(count: number): string {
  if (count === 0) return 'Geen problemen gevonden.';
  return `${count === 1 ? '1 probleem' : `${count} problemen`}: zo kan het sjabloon niet worden opgeslagen.`;
}
