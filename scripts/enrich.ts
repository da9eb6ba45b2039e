/**
 * `npm run enrich -- --period YYYY-MM [--signal <id>]`: (re)runs the BRP enrichment through
 * Directus as the worker service account: Directus enqueues `enrich-signals` jobs, the worker
 * runs them, and the command waits for their first try and prints the outcome. Decisions a
 * person made (confirmed, not a resident) are never changed. Exit 0: every signal enriched;
 * 1: some wait for the BRP (they are retried automatically) or failed; 2: usage or connection.
 */
import { parseAppConfig } from './lib/app-config.ts';
import { useStoredDevSecrets } from './lib/dev-secrets.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { fromRoot } from './lib/project-paths.ts';
import { directusUrlOrExit } from './lib/running-instance.ts';

loadDotEnv();
useStoredDevSecrets(process.env, fromRoot('data', '.secrets.json'));
const argv = process.argv.slice(2);
const value = (flag: string) => {
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index < 0) return undefined;
  return argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
};
const period = value('--period');
const signal = value('--signal');
if (!period && !signal) {
  console.error('Gebruik: npm run enrich -- --period JJJJ-MM   (of --signal <id>)');
  process.exit(2);
}
const config = parseAppConfig(process.env);
if (!config.WORKER_TOKEN) {
  console.error('WORKER_TOKEN ontbreekt: de opdracht gebruikt het serviceaccount van de worker.');
  process.exit(2);
}
const url = directusUrlOrExit(process.env, 2);
let response: Response;
try {
  response = await fetch(`${url}/vroegsignalering/enrichment?wait=true`, {
    method: 'POST',
    headers: { authorization: `Bearer ${config.WORKER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(period ? { period } : { signal }),
  });
} catch {
  console.error(`Kan Directus op ${url} niet bereiken. Draait de applicatie (npm start)?`);
  process.exit(2);
}
const body = (await response.json()) as { data?: Record<string, number> & { settled?: boolean }; errors?: Array<{ message: string }> };
if (!response.ok || !body.data) {
  console.error(body.errors?.[0]?.message ?? `Verrijken mislukt (HTTP ${response.status}).`);
  process.exit(1);
}
const s = body.data;
console.log(`Verrijkt: ${s.considered} signalen bekeken — ${s.matched} gevonden in het BRP, ${s.ambiguous} met meerdere kandidaten, ${s.not_found} niet gevonden, ${s.waiting} wachten op het BRP, ${s.failed ?? 0} mislukt, ${s.out_of_area ?? 0} buiten de gemeente (niet nagevraagd); ${s.skipped_decided} al beslist door een medewerker (ongewijzigd).`);
if (!s.settled) console.log('Nog niet alle verrijkingstaken zijn aan de beurt geweest; draait de worker? Kijk in de app bij Taken.');
process.exit((s.waiting ?? 0) + (s.failed ?? 0) > 0 || !s.settled ? 1 : 0);
