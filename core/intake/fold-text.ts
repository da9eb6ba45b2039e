/**
 * Folds text for comparison: lower case, diacritics removed (é → e, ë → e), every run of
 * non-alphanumerics turned into one space. "Geb. dat." and "geb dat" fold the same.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded text without any spaces: "Huisnr. toev." → "huisnrtoev". */
export function compactFold(text: string): string {
  return foldText(text).replace(/ /g, '');
}
