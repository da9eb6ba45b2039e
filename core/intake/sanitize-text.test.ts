import { describe, expect, test } from 'vitest';
import { sanitizeText } from './sanitize-text.ts';

/** What spreadsheet programs and browsers would treat as live content. */
function looksExecutable(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) || /[<>]/.test(text);
}

describe('sanitizeText', () => {
  test.each([
    ['Jansen', 'Jansen', false],
    ['  de  Vries ', 'de Vries', false],
    ['=HYPERLINK("http://kwaad.example","klik")', 'HYPERLINK("http://kwaad.example","klik")', true],
    ['+31 cmd', '31 cmd', true],
    ['-2+3', '2+3', true],
    ['@SUM(A1)', 'SUM(A1)', true],
    ['\t=1+1', '1+1', true],
    ['<script>alert(1)</script>Bakker', 'alert(1)Bakker', true],
    ['<b>Smit</b>', 'Smit', true],
    ['<img src=x onerror=alert(1)>', '', true],
    ['<b>=HYPERLINK("x")</b>', 'HYPERLINK("x")', true],
    ['Jansen <3', 'Jansen 3', true],
    ['Ma\u200bria', 'Maria', true],
    ['＝1+1', '1+1', true],
    ['Élise-Anne', 'Élise-Anne', false],
    ["'t Hart", "'t Hart", false],
  ])('%j → %j', (input, expected, changed) => {
    const result = sanitizeText(input);
    expect(result.text).toBe(expected);
    expect(result.changed).toBe(changed);
    expect(looksExecutable(result.text)).toBe(false);
  });
});
