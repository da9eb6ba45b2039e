/**
 * What each letter template gets to see. A template can only use these variables (the
 * validator checks every `{{…}}` against these schemas), and a render refuses data that
 * does not fit, so a letter never goes out with an empty name or a wrong date.
 *
 * Partials see the common part (`letterBaseSchema`); each letter adds its own facts.
 */
import { z } from 'zod';
import { dataShapeOf, pathsOf } from './data-shape.ts';

export const LETTER_KEYS = ['invitation_municipality', 'advance_notice_amw', 'privacy_information'] as const;
export type LetterKey = (typeof LETTER_KEYS)[number];

export const PARTIAL_KEYS = ['letterhead', 'address_block', 'salutation', 'signature', 'rights'] as const;
/** Every letter must include this partial (covenant art. 10.2: every form carries the tenant's rights). */
export const RIGHTS_PARTIAL = 'rights';

export const TEMPLATE_KINDS = ['letter', 'partial'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'een tijd als UU:MM');
const text = z.string().trim().min(1);
const optionalText = z.string().trim().min(1).nullable();
/**
 * The logo is embedded in the letter: the PDF printer loads nothing from the network, and
 * a letter must look the same in ten years. An image in an <img> runs no scripts, SVG included.
 */
const logoDataUri = z.string().regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$/, 'een afbeelding als data:image/…;base64-adres');

export const letterSettingsSchema = z.object({
  /** "Gemeente Weert": the sender as the tenant knows it. */
  municipalityName: text,
  /** "Team Schulddienstverlening": who writes. */
  senderName: text,
  /** One line above the address in the envelope window: "Postbus 950, 6000 AZ Weert". */
  returnAddress: text,
  /** Where a tenant can come by or write to: "Wilhelminasingel 101, 6001 GS Weert". */
  visitingAddress: text,
  phone: text,
  email: z.string().trim().email(),
  website: optionalText,
  logo: logoDataUri.nullable(),
  /** Free text under every page (bank account, opening hours); line breaks are kept. */
  footer: z.string(),
  signatoryName: text,
  signatoryRole: text,
  /** Months a closed case is kept (app_settings.retention_months), art. 12.5. */
  retentionMonths: z.number().int().positive(),
});

export const addresseeSchema = z.object({
  initials: z.string().trim(),
  prefix: optionalText,
  surname: text,
  gender: z.enum(['male', 'female', 'unknown']),
  street: text,
  houseNumber: z.union([z.number().int().positive(), text]),
  houseLetter: optionalText,
  houseNumberAddition: optionalText,
  postcode: text,
  city: text,
});

/** Others of the household who were signalled too: one envelope per household, addressed to all. */
export const coAddresseeSchema = addresseeSchema.pick({ initials: true, prefix: true, surname: true, gender: true });

export const letterBaseSchema = z.object({
  settings: letterSettingsSchema,
  addressee: addresseeSchema,
  coAddressees: z.array(coAddresseeSchema),
  letter: z.object({
    /** The date printed on the letter (the day of the run), never the clock. */
    date: isoDate,
    /** "Ons kenmerk": lets staff find the case when the tenant calls; no BSN. */
    reference: text,
  }),
  /** The partner that sent the signal, "Wonen Limburg". */
  signalPartner: z.object({ name: text }),
});

const caseManagerSchema = z.object({ name: text, phone: optionalText, email: z.string().trim().email().nullable() });

export const invitationMunicipalitySchema = letterBaseSchema.extend({
  appointment: z.object({
    date: isoDate,
    time: clockTime,
    /** "Stadhuis Weert, balie Werk en Inkomen". */
    place: text,
    /** "Wilhelminasingel 101, 6001 GS Weert". */
    address: text,
  }),
  caseManagers: z.object({
    /** Regisseur schuldhulpverlening. */
    debtServices: caseManagerSchema,
    /** Regisseur participatie. */
    participation: caseManagerSchema,
  }),
});

export const advanceNoticeAmwSchema = letterBaseSchema.extend({
  amw: z.object({ name: text, phone: text, website: optionalText }),
  /** Last day the tenant can object to the referral to AMW (art. 10.4). */
  objectionDeadline: isoDate,
});

export const privacyInformationSchema = letterBaseSchema;

export const LETTER_DATA_SCHEMAS = {
  invitation_municipality: invitationMunicipalitySchema,
  advance_notice_amw: advanceNoticeAmwSchema,
  privacy_information: privacyInformationSchema,
} as const satisfies Record<LetterKey, z.ZodType>;

export type LetterBaseData = z.infer<typeof letterBaseSchema>;
export type InvitationMunicipalityData = z.infer<typeof invitationMunicipalitySchema>;
export type AdvanceNoticeAmwData = z.infer<typeof advanceNoticeAmwSchema>;
export type PrivacyInformationData = z.infer<typeof privacyInformationSchema>;
export interface LetterDataByKey {
  invitation_municipality: InvitationMunicipalityData;
  advance_notice_amw: AdvanceNoticeAmwData;
  privacy_information: PrivacyInformationData;
}

export function isLetterKey(key: string): key is LetterKey {
  return (LETTER_KEYS as readonly string[]).includes(key);
}

/**
 * The data model a template is checked and rendered against: a partial sees the common
 * part; a letter key without its own model (a letter an admin added) too.
 */
export function dataSchemaFor(key: string, kind: TemplateKind): z.ZodType {
  return kind === 'letter' && isLetterKey(key) ? LETTER_DATA_SCHEMAS[key] : letterBaseSchema;
}

/** Every variable a template may use, such as "addressee.surname", for the help beside the editor. */
export function templateVariables(key: string, kind: TemplateKind): string[] {
  return pathsOf(dataShapeOf(dataSchemaFor(key, kind)));
}
