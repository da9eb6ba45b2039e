import { describe, expect, test } from 'vitest';
import { appTranslations } from './app-translations.ts';
import { projectSettingsFor } from './provision-access.ts';

describe('project settings', () => {
  test("the admin is the project owner, so Directus's project-owner dialog never opens; nothing is reported", () => {
    const settings = projectSettingsFor('beheer@gemeente.example');
    expect(settings.project_owner).toBe('beheer@gemeente.example');
    // Directus's daily job reports only an owner whose status is "pending"; updates mails stay off.
    expect(settings.project_status).toBeNull();
    expect(settings.product_updates).toBe(false);
    expect(settings.default_language).toBe('nl-NL');
  });

  test('the "--" placeholder of empty values is hidden', () => {
    expect(projectSettingsFor('a@b.nl').custom_css).toMatch(/span\.null\s*\{\s*display:\s*none/);
  });
});

describe('app translations', () => {
  test('every text is Dutch prose without the characters the app escapes (no plural forms)', () => {
    for (const [key, value] of Object.entries(appTranslations)) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).not.toMatch(/[|@$]/);
    }
  });
});
