/**
 * What seeding does with the default templates at every start: add a missing one, bring
 * an unedited one up to the new default, and never touch one a functional admin changed.
 * "Unedited" means: the stored source still hashes to `default_hash`, the hash of the
 * default it was seeded from. Hashes are computed by the caller (no crypto in core).
 */

export interface ShippedTemplate {
  key: string;
  name: string;
  kind: string;
  description: string;
  source: string;
  /** sha256 of `source`. */
  hash: string;
}

export interface StoredTemplate {
  id: number;
  key: string;
  /** sha256 of the stored source. */
  sourceHash: string;
  defaultHash: string | null;
}

export interface TemplateSeedingPlan {
  create: Array<{ key: string; name: string; kind: string; description: string; source: string; active: true; default_hash: string }>;
  /** Unedited templates whose default changed: the new source and its hash. */
  update: Array<{ id: number; key: string; source: string; default_hash: string }>;
  /** A template whose text equals the current default but whose hash says otherwise: it gets the hash, the source stays. */
  adopt: Array<{ id: number; key: string; default_hash: string }>;
  /** Changed by a functional admin: left exactly as it is. */
  edited: string[];
}

export function planTemplateSeeding(shipped: readonly ShippedTemplate[], stored: readonly StoredTemplate[]): TemplateSeedingPlan {
  const plan: TemplateSeedingPlan = { create: [], update: [], adopt: [], edited: [] };
  const byKey = new Map(stored.map((template) => [template.key, template]));
  for (const template of shipped) {
    const current = byKey.get(template.key);
    if (!current) {
      plan.create.push({ key: template.key, name: template.name, kind: template.kind, description: template.description, source: template.source, active: true, default_hash: template.hash });
      continue;
    }
    if (current.sourceHash === template.hash) {
      // The very text of the current default (stored before hashes existed, or edited back to
      // it): it is the default from now on; the source is not rewritten.
      if (current.defaultHash !== template.hash) plan.adopt.push({ id: current.id, key: current.key, default_hash: template.hash });
      continue;
    }
    if (current.defaultHash === null || current.sourceHash !== current.defaultHash) plan.edited.push(current.key);
    else if (current.defaultHash !== template.hash) plan.update.push({ id: current.id, key: current.key, source: template.source, default_hash: template.hash });
  }
  return plan;
}
