/**
 * Print layout for letters on A4, for a window envelope with the window on the left
 * (Dutch standard): the address block starts 45 mm from the top and 22 mm from the left
 * edge, 85 × 40 mm. Fonts are the ones the Debian image installs (fonts-liberation,
 * fonts-dejavu-core); the printer loads no web fonts, it has no network.
 *
 * The footer sits in the page's bottom margin (a CSS margin box), so it repeats on every
 * page and never covers text. It is a setting, passed in as text and escaped for CSS.
 */

/** Top margin + letterhead height = 45 mm, where the envelope window begins. */
const PAGE_MARGIN = { top: 20, right: 20, bottom: 28, left: 22 } as const;

/** A text as a CSS string literal: quotes, backslashes and "<" (no way out of <style>) escaped, newlines kept. */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((char) => {
      if (char === '\n') return '\\A ';
      if (char === '\r') return '';
      if (char === '"' || char === '\\' || char === '<' || char === '>' || char === '&' || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) return `\\${char.charCodeAt(0).toString(16)} `;
      return char;
    })
    .join('');
  return `"${escaped}"`;
}

export function printCss(footer: string): string {
  const m = PAGE_MARGIN;
  return `
@page {
  size: A4;
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-left {
    content: ${cssString(footer)};
    white-space: pre-wrap;
    vertical-align: top;
    padding-top: 6mm;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif;
    font-size: 7.5pt;
    line-height: 1.35;
    color: #444;
  }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
.letter { break-before: page; }
.letter:first-child { break-before: auto; }
.letter-anchors { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: hidden; }
.letterhead { height: 25mm; display: flex; justify-content: space-between; align-items: flex-start; overflow: hidden; }
.letterhead .logo { max-height: 18mm; max-width: 70mm; }
.letterhead .sender { text-align: right; font-size: 8pt; line-height: 1.3; color: #333; }
.letterhead .sender strong { font-size: 9.5pt; color: #111; }
.address-window { width: 85mm; height: 40mm; overflow: hidden; padding-top: 2mm; box-sizing: border-box; }
.address-window .return-address { font-size: 7pt; color: #444; margin-bottom: 2mm; white-space: nowrap; overflow: hidden; }
.address-window .addressee { white-space: pre-wrap; font-size: 10.5pt; line-height: 1.35; }
.letter-meta { margin: 6mm 0 8mm; border-collapse: collapse; font-size: 9.5pt; }
.letter-meta th { text-align: left; font-weight: normal; color: #444; padding: 0 6mm 1mm 0; vertical-align: top; }
.letter-meta td { padding: 0 0 1mm; }
h1 { font-size: 12pt; margin: 0 0 5mm; }
h2 { font-size: 10.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 3mm; orphans: 3; widows: 3; }
ul { margin: 0 0 3mm; padding-left: 6mm; break-inside: avoid; }
li { margin-bottom: 1mm; }
.appointment { border-left: 1mm solid #1d5c8c; padding: 2mm 0 2mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
.appointment table { border-collapse: collapse; }
.appointment th { text-align: left; font-weight: normal; padding: 0 6mm 1mm 0; color: #444; vertical-align: top; }
.signature { margin-top: 6mm; break-inside: avoid; }
.signature .name { margin-top: 12mm; }
.rights { margin-top: 8mm; padding-top: 3mm; border-top: 0.3mm solid #999; font-size: 9pt; }
.rights h2 { font-size: 9.5pt; }
`;
}
