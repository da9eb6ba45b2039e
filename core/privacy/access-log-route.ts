/**
 * Which way a read came in, for the access log's `route` (issue 12, item 4):
 *
 * - `export`: a download of a list as a file (`?export=csv|json|xml|yaml` on a list, or
 *   Directus's `/utils/export`);
 * - `app`: the Directus app (and our pages inside it). The app signs in with Directus's
 *   session cookie and sends no `Authorization` header; every other client (scripts, the
 *   SDK, curl) sends a bearer or static token, in the header or as `?access_token=`. The
 *   rule rests on how the request is authenticated, not on `Origin` or `Referer`, which a
 *   browser leaves out of same-origin GETs and a script can set at will;
 * - `api`: everything else, including GraphQL and websockets.
 *
 * A script that signs in with a session cookie counts as the app: the reader is recorded
 * either way, the route only tells how.
 */
export type AccessRoute = 'app' | 'api' | 'export';

export interface RouteFacts {
  /** Request path without query string, e.g. `/items/signals`. */
  path: string;
  /** `export` from the sanitised query, if any. */
  exportFormat: string | null;
  /** The request carries the Directus session cookie. */
  sessionCookie: boolean;
  /** The request carries a token of its own: an Authorization header or `access_token`. */
  explicitToken: boolean;
}

const EXPORT_PATH = /^\/utils\/export(\/|$)/i;

export function accessRoute(request: RouteFacts | null): AccessRoute {
  if (!request) return 'api';
  if (request.exportFormat || EXPORT_PATH.test(request.path)) return 'export';
  if (request.sessionCookie && !request.explicitToken) return 'app';
  return 'api';
}
