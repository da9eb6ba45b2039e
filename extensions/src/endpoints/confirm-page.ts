/**
 * A small Dutch confirmation page: a GET never changes anything, so a link in the admin
 * opens this page and only its button (a same-origin POST) does the work.
 */
const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export function renderConfirmPage(input: { title: string; explanation: string[]; actionUrl: string; backUrl: string }): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escape(input.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:48rem;color:#172940}button{padding:.5rem 1rem;margin-right:1rem}.note{background:#f3f6fa;padding:1rem}</style></head>
<body>
<h1>${escape(input.title)}</h1>
<div class="note">${input.explanation.map((line) => `<p>${escape(line)}</p>`).join('')}</div>
<form method="post" action="${escape(input.actionUrl)}">
<button type="submit">Bevestigen</button>
<a href="${escape(input.backUrl)}">Terug</a>
</form>
</body></html>`;
}
