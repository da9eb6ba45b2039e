/**
 * A small Dutch confirmation page for actions behind a link in the app: the GET shows what
 * will happen and a button, the button POSTs to the same address. A link alone never changes
 * anything (a prefetch, a crawler or a link in an e-mail must not start work); the POST must
 * pass the same-origin check of same-origin.ts.
 */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface ConfirmPage {
  title: string;
  lines: string[];
  /** Absent when there is nothing to confirm (the page only explains). */
  button?: string;
  backHref: string;
  backLabel?: string;
}

export function confirmPageHtml(page: ConfirmPage): string {
  const form = page.button ? `<form method="post"><button type="submit">${escape(page.button)}</button></form>` : '';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(page.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#172940}button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:6px;background:#6644ff;color:#fff;cursor:pointer}a{color:#6644ff}</style>
</head><body>
<h1>${escape(page.title)}</h1>
${page.lines.map((line) => `<p>${escape(line)}</p>`).join('\n')}
${form}
<p><a href="${escape(page.backHref)}">${escape(page.backLabel ?? 'Terug')}</a></p>
</body></html>`;
}
