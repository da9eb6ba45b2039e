import { startBrpDevServer } from '../adapters/brp/dev-server.ts';

// Local stand-in for the Haal Centraal BRP Personen API with the official test persons.
// Point the enrichment at it with BRP_API_URL=<printed url>.
const port = Number(process.env.BRP_DEV_PORT ?? 5010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`BRP_DEV_PORT must be a port number, got "${process.env.BRP_DEV_PORT}"`);
  process.exit(1);
}
const server = await startBrpDevServer({ port, ...(process.env.BRP_DEV_API_KEY ? { apiKey: process.env.BRP_DEV_API_KEY } : {}) });
console.log(`BRP dev server listening: BRP_API_URL=${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
