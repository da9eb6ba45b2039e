import { describe, expect, test } from 'vitest';
import { defaultTalkPlaceFrom, letterSettingsFrom } from './letter-settings-from.ts';
import { SAMPLE_LOGO } from './letter-samples.ts';

const complete = {
  municipality_name: 'Gemeente Weert',
  sender_name: 'Team Schulddienstverlening',
  return_address: 'Postbus 950, 6000 AZ Weert',
  visiting_address: 'Wilhelminasingel 101, 6001 GS Weert',
  contact_phone: '14 0495',
  contact_email: 'schulddienstverlening@weert.nl',
  contact_website: '',
  letter_footer: null,
  signatory_name: 'M. Janssen',
  signatory_role: 'coördinator',
  retention_case_no_help_months: 12,
  retention_case_with_help_months: 18,
};

describe('letterSettingsFrom', () => {
  test('maps the settings page onto the names templates use', () => {
    const result = letterSettingsFrom(complete, SAMPLE_LOGO);
    expect(result).toEqual({
      ok: true,
      settings: {
        municipalityName: 'Gemeente Weert',
        senderName: 'Team Schulddienstverlening',
        returnAddress: 'Postbus 950, 6000 AZ Weert',
        visitingAddress: 'Wilhelminasingel 101, 6001 GS Weert',
        phone: '14 0495',
        email: 'schulddienstverlening@weert.nl',
        website: null,
        logo: SAMPLE_LOGO,
        footer: '',
        signatoryName: 'M. Janssen',
        signatoryRole: 'coördinator',
        retentionMonths: 18,
      },
    });
  });

  test.each([
    ['return_address', null, 'Vul bij Instellingen "Retouradres" in.'],
    ['contact_phone', '  ', 'Vul bij Instellingen "Telefoonnummer" in.'],
    ['contact_email', 'geen-adres', '"E-mailadres" bij Instellingen is niet geldig.'],
    ['signatory_name', undefined, 'Vul bij Instellingen "Naam ondertekenaar" in.'],
  ])('a missing or wrong %s is named in Dutch', (column, value, problem) => {
    expect(letterSettingsFrom({ ...complete, [column]: value }, null)).toEqual({ ok: false, problems: [problem] });
  });

  test('no settings row at all names every required field', () => {
    const result = letterSettingsFrom(undefined, null);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContain('Vul bij Instellingen "Naam gemeente" in.');
  });

  test('letters name the longest of the two case retention terms (issue 12)', () => {
    const result = letterSettingsFrom({ ...complete, retention_case_no_help_months: 30, retention_case_with_help_months: 24 }, null);
    expect(result.ok && result.settings.retentionMonths).toBe(30);
    const defaults = letterSettingsFrom({ ...complete, retention_case_no_help_months: undefined, retention_case_with_help_months: undefined }, null);
    expect(defaults.ok && defaults.settings.retentionMonths).toBe(24);
  });

  test('a logo that is not an embedded image is refused', () => {
    expect(letterSettingsFrom(complete, 'https://example.org/logo.png')).toEqual({ ok: false, problems: ['"Logo" bij Instellingen is niet geldig.'] });
  });
});

describe('defaultTalkPlaceFrom', () => {
  test.each([
    [{ default_talk_place: 'Stadhuis Weert', default_talk_address: 'Wilhelminasingel 101, 6001 GS Weert' }, { place: 'Stadhuis Weert', address: 'Wilhelminasingel 101, 6001 GS Weert' }],
    [{ default_talk_place: 'Stadhuis Weert', default_talk_address: '' }, null],
    [undefined, null],
  ])('%o → %o', (row, expected) => {
    expect(defaultTalkPlaceFrom(row)).toEqual(expected);
  });
});
