/**
 * The collections whose rows hold personal data of tenants (issue 12, item 4): a person's
 * read of any of them is recorded in `access_log`. Uploads and source lists are on it for
 * their error reports, which quote rows (a BSN that failed the check, a name).
 * Not on it: partners, templates, settings, job runs, tasks (their descriptions name
 * partners and periods, not tenants) and the logs themselves.
 */
export const PERSONAL_DATA_COLLECTIONS: readonly string[] = [
  'signals',
  'households',
  'cases',
  'referrals',
  'contact_attempts',
  'signal_facts',
  'documents',
  'objections',
  'privacy_requests',
  'disclosures',
  'data_breaches',
  'uploads',
  'source_lists',
];

export const holdsPersonalData = (collection: string): boolean => PERSONAL_DATA_COLLECTIONS.includes(collection);
