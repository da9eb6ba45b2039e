/**
 * `npm run seed:demo`: demo partners, one user per role and example records on a running
 * instance. Refuses production: demo users with a shared password do not belong there.
 */
import { randomBytes } from 'node:crypto';
import { ConfigError, parseAppConfig } from './lib/app-config.ts';
import { useStoredDevSecrets } from './lib/dev-secrets.ts';
import { loginClient } from './lib/directus-client.ts';
import { DEMO_USERS, MissingRolesError, seedDemo } from './lib/demo-data.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { fromRoot } from './lib/project-paths.ts';
import { directusUrlOrExit } from './lib/running-instance.ts';
import { describeError } from '../core/logging/describe-error.ts';

loadDotEnv();
if (process.env.NODE_ENV === 'production') {
  console.error('Demogegevens worden niet aangemaakt in productie (NODE_ENV=production).');
  process.exit(1);
}
useStoredDevSecrets(process.env, fromRoot('data', '.secrets.json'));
let config;
try {
  config = parseAppConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error('De configuratie is niet in orde; pas de omgevingsvariabelen of .env aan.');
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
if (!config.ADMIN_PASSWORD) {
  console.error('Geen beheerderswachtwoord gevonden. Start de applicatie eerst met npm start, of zet ADMIN_PASSWORD.');
  process.exit(1);
}
const password = process.env.DEMO_PASSWORD || `Demo-${randomBytes(6).toString('base64url')}-7x`;
const url = directusUrlOrExit(process.env, 1);
let client;
try {
  client = await loginClient(url, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
} catch (error) {
  console.error(`Kan niet inloggen op ${url}. Draait de applicatie (npm start)?`);
  console.error(`(${describeError(error)})`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
let result;
try {
  result = await seedDemo(client, password, today);
} catch (error) {
  if (error instanceof MissingRolesError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
console.log('Demogegevens klaar.');
console.log(result.examplesCreated ? 'Voorbeeldrecords aangemaakt.' : 'Voorbeeldrecords bestonden al; niet opnieuw aangemaakt.');
console.log('Gebruikers (één per rol):');
for (const user of DEMO_USERS) console.log(`  ${user.email}`);
console.log(process.env.DEMO_PASSWORD ? 'Wachtwoord: de waarde van DEMO_PASSWORD' : `Wachtwoord voor alle demogebruikers: ${password}`);
