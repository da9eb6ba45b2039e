import { describe, expect, test } from 'vitest';
import { planTemplateSeeding, type ShippedTemplate, type StoredTemplate } from './plan-template-seeding.ts';

const shipped = (key: string, hash: string): ShippedTemplate => ({ key, name: `Naam ${key}`, kind: 'letter', description: 'Omschrijving', source: `bron ${hash}`, hash });
const stored = (key: string, sourceHash: string, defaultHash: string | null): StoredTemplate => ({ id: key.length, key, sourceHash, defaultHash });

describe('planTemplateSeeding', () => {
  test.each([
    ['missing → created with its hash', [], { create: ['rights'], update: [], adopt: [], edited: [] }],
    ['unedited, same default → nothing', [stored('rights', 'h2', 'h2')], { create: [], update: [], adopt: [], edited: [] }],
    ['unedited, older default → updated to the new default', [stored('rights', 'h1', 'h1')], { create: [], update: ['rights'], adopt: [], edited: [] }],
    ['edited by a functional admin → never touched', [stored('rights', 'mine', 'h1')], { create: [], update: [], adopt: [], edited: ['rights'] }],
    ['edited, even when the default did not change → never touched', [stored('rights', 'mine', 'h2')], { create: [], update: [], adopt: [], edited: ['rights'] }],
    ['edited back to exactly the current default → counts as unedited again', [stored('rights', 'h2', 'h1')], { create: [], update: [], adopt: ['rights'], edited: [] }],
    ['no hash yet, equal to the default → adopted, source kept', [stored('rights', 'h2', null)], { create: [], update: [], adopt: ['rights'], edited: [] }],
    ['no hash yet, other text → treated as edited', [stored('rights', 'other', null)], { create: [], update: [], adopt: [], edited: ['rights'] }],
  ])('%s', (_name, current, expected) => {
    const plan = planTemplateSeeding([shipped('rights', 'h2')], current);
    expect({
      create: plan.create.map((t) => t.key),
      update: plan.update.map((t) => t.key),
      adopt: plan.adopt.map((t) => t.key),
      edited: plan.edited,
    }).toEqual(expected);
  });

  test('a created template carries the shipped text, is active and records the hash it came from', () => {
    expect(planTemplateSeeding([shipped('rights', 'h2')], []).create).toEqual([{ key: 'rights', name: 'Naam rights', kind: 'letter', description: 'Omschrijving', source: 'bron h2', active: true, default_hash: 'h2' }]);
  });

  test('an update writes only the source and the new hash, never name or description', () => {
    expect(planTemplateSeeding([shipped('rights', 'h2')], [stored('rights', 'h1', 'h1')]).update).toEqual([{ id: 6, key: 'rights', source: 'bron h2', default_hash: 'h2' }]);
  });

  test('templates that are not shipped (made by an admin) are left alone', () => {
    expect(planTemplateSeeding([], [stored('own_letter', 'x', null)])).toEqual({ create: [], update: [], adopt: [], edited: [] });
  });

  test('running the plan twice: the second run has nothing to do', () => {
    const first = planTemplateSeeding([shipped('rights', 'h2'), shipped('salutation', 's1')], [stored('rights', 'h1', 'h1')]);
    const afterwards = [stored('rights', 'h2', first.update[0]!.default_hash), stored('salutation', 's1', first.create[0]!.default_hash)];
    expect(planTemplateSeeding([shipped('rights', 'h2'), shipped('salutation', 's1')], afterwards)).toEqual({ create: [], update: [], adopt: [], edited: [] });
  });
});
