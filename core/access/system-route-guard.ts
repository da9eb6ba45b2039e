/**
 * Directus routes that the access model cannot close (issue 7, item 3). `POST
 * /utils/export` runs its export after answering, in a transaction, while reading fields
 * through the outer pool: on SQLite (a pool of one) that deadlocks and Directus exits, for
 * administrators too. Import and import-from-URL are not needed by any role but the admin
 * and make the server do heavy or outbound work. The app's own downloads go through
 * `/items?export=` and stay open.
 */
export interface RouteRequest {
  method: string;
  /** The request path, without query string. */
  path: string;
  admin: boolean;
  sqlite: boolean;
}

export type RouteVerdict = { allowed: true } | { allowed: false; message: string; log: string };

const EXPORT = /^\/utils\/export(\/|$)/;
const IMPORT = /^\/utils\/import(\/|$)/;
const FILE_IMPORT = /^\/files\/import\/?$/;

/** Express matches routes case-insensitively and ignores repeated and trailing slashes. */
export function normalisePath(path: string): string {
  return path.toLowerCase().replace(/\/{2,}/g, '/');
}

export function systemRouteVerdict(request: RouteRequest): RouteVerdict {
  if (request.method.toUpperCase() !== 'POST') return { allowed: true };
  const path = normalisePath(request.path);
  if (EXPORT.test(path)) {
    if (request.sqlite) return { allowed: false, message: 'Exporteren via deze route is uitgeschakeld. Gebruik de downloadknop in de lijst.', log: 'refused /utils/export: deadlocks the SQLite pool' };
    if (!request.admin) return { allowed: false, message: 'U heeft geen toegang tot deze export. Gebruik de downloadknop in de lijst.', log: 'refused /utils/export for a non-admin user' };
  }
  if (IMPORT.test(path) && !request.admin) return { allowed: false, message: 'U heeft geen toegang tot importeren.', log: 'refused /utils/import for a non-admin user' };
  if (FILE_IMPORT.test(path) && !request.admin) return { allowed: false, message: 'U heeft geen toegang tot het importeren van bestanden via een adres.', log: 'refused /files/import for a non-admin user' };
  return { allowed: true };
}
