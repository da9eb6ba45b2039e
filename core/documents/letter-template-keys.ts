/**
 * The three letters of the covenant, by the `templates.key` tools and checks rely on
 * (issue 11): the invitation by the municipality (benefit route, art. 10.5), the advance
 * notice of AMW's visit (art. 10.4) and the information on the processing of personal data
 * for every signalled tenant who gets neither (art. 10.1, 11.2).
 */
export const LETTER_TEMPLATE_KEYS = ['invitation_municipality', 'advance_notice_amw', 'privacy_information'] as const;
export type LetterTemplateKey = (typeof LETTER_TEMPLATE_KEYS)[number];

export const LETTER_LABELS: Record<LetterTemplateKey, string> = {
  invitation_municipality: 'Uitnodiging gemeente',
  advance_notice_amw: 'Vooraankondiging AMW',
  privacy_information: 'Informatie over de verwerking van persoonsgegevens',
};

export function isLetterTemplateKey(value: unknown): value is LetterTemplateKey {
  return typeof value === 'string' && (LETTER_TEMPLATE_KEYS as readonly string[]).includes(value);
}
