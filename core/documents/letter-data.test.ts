import { describe, expect, test } from 'vitest';
import { dataSchemaFor, invitationMunicipalitySchema, letterBaseSchema, templateVariables } from './letter-data.ts';
import { SAMPLE_LETTER_DATA } from './letter-samples.ts';

describe('letter data model', () => {
  test('a partial sees the common variables; a letter also its own', () => {
    expect(templateVariables('rights', 'partial')).toContain('settings.phone');
    expect(templateVariables('rights', 'partial')).not.toContain('appointment.date');
    expect(templateVariables('invitation_municipality', 'letter')).toEqual(expect.arrayContaining(['appointment.date', 'appointment.time', 'caseManagers.debtServices.name', 'caseManagers.participation.name', 'addressee.surname']));
    expect(templateVariables('advance_notice_amw', 'letter')).toEqual(expect.arrayContaining(['amw.name', 'objectionDeadline']));
  });

  test('a letter key without its own model uses the common part', () => {
    expect(dataSchemaFor('reminder', 'letter')).toBe(letterBaseSchema);
    expect(dataSchemaFor('invitation_municipality', 'letter')).toBe(invitationMunicipalitySchema);
    expect(dataSchemaFor('invitation_municipality', 'partial')).toBe(letterBaseSchema);
  });

  const sample = SAMPLE_LETTER_DATA.invitation_municipality;
  test.each<[string, unknown]>([
    ['a logo from the web (the printer loads nothing from outside)', { ...sample, settings: { ...sample.settings, logo: 'https://www.weert.nl/logo.png' } }],
    ['a logo that is not an image', { ...sample, settings: { ...sample.settings, logo: 'data:text/html;base64,PHNjcmlwdD4=' } }],
    ['a date written the Dutch way', { ...sample, letter: { ...sample.letter, date: '07-12-2026' } }],
    ['a time without minutes', { ...sample, appointment: { ...sample.appointment, time: '10' } }],
    ['an empty surname', { ...sample, addressee: { ...sample.addressee, surname: '  ' } }],
    ['an unknown gender value', { ...sample, addressee: { ...sample.addressee, gender: 'x' } }],
    ['no case manager for participation', { ...sample, caseManagers: { debtServices: sample.caseManagers.debtServices } }],
  ])('refuses %s', (_name, data) => {
    expect(invitationMunicipalitySchema.safeParse(data).success).toBe(false);
  });
});
