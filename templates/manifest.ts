/**
 * The default templates: what seeding puts in the `templates` collection (each `file`
 * holds the Handlebars source). Texts are Dutch at B1 level and follow the covenant
 * (art. 9, 10, 11.2, 12); letterhead, logo, sender, return address and footer are
 * settings, so a municipality changes them without touching a template.
 */
import type { TemplateKind } from '../core/documents/letter-data.ts';

export interface DefaultTemplate {
  key: string;
  name: string;
  kind: TemplateKind;
  description: string;
  /** Relative to this folder. */
  file: string;
}

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  {
    key: 'invitation_municipality',
    name: 'Uitnodiging gemeente (uitkering)',
    kind: 'letter',
    description: 'Route gemeente: uitnodiging voor een gesprek met de regisseur schuldhulpverlening en de regisseur participatie (datum, tijd, plaats), met het verzoek om toestemming voor inhouding van de huur op de uitkering (convenant art. 10.5).',
    file: 'letters/invitation_municipality.hbs',
  },
  {
    key: 'advance_notice_amw',
    name: 'Vooraankondiging AMW',
    kind: 'letter',
    description: 'Route AMW: het maatschappelijk werk neemt contact op; welke gegevens AMW krijgt, en hoe en tot wanneer de huurder bezwaar kan maken (convenant art. 10.4, 12.3).',
    file: 'letters/advance_notice_amw.hbs',
  },
  {
    key: 'privacy_information',
    name: 'Informatie over de verwerking van gegevens',
    kind: 'letter',
    description: 'Voor elke gemelde huurder die geen uitnodiging en geen vooraankondiging krijgt: welke gegevens de gemeente heeft, wat zij ermee doet en hoe lang zij ze bewaart (convenant art. 10.1, 11.2).',
    file: 'letters/privacy_information.hbs',
  },
  { key: 'letterhead', name: 'Briefhoofd', kind: 'partial', description: 'Logo en afzender bovenaan de brief; de gegevens komen uit de instellingen.', file: 'partials/letterhead.hbs' },
  { key: 'address_block', name: 'Adresblok', kind: 'partial', description: 'Retouradres en adres van de huurder, op de plaats van het venster van de envelop.', file: 'partials/address_block.hbs' },
  { key: 'salutation', name: 'Aanhef', kind: 'partial', description: 'De aanhef, bijvoorbeeld "Geachte heer/mevrouw Van der Berg,".', file: 'partials/salutation.hbs' },
  { key: 'signature', name: 'Ondertekening', kind: 'partial', description: 'Groet, naam en functie van de ondertekenaar uit de instellingen.', file: 'partials/signature.hbs' },
  { key: 'rights', name: 'Rechten van de huurder', kind: 'partial', description: 'De rechten van de huurder en hoe hij ze gebruikt (convenant art. 9 en 10.2). Verplicht in elke brief.', file: 'partials/rights.hbs' },
];
