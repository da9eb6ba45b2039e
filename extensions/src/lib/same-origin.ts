/**
 * Cross-site request forgery guard for our state-changing endpoints. A browser attaches
 * the Directus session cookie to a cross-site form post or link (SameSite=Lax lets top-level
 * navigations through), so a request that relies on the cookie must show that it comes
 * from this application: `Sec-Fetch-Site: same-origin`, or an `Origin` (else `Referer`)
 * equal to PUBLIC_URL's origin or the request's own host. A request without any of these
 * browser headers passes only with a bearer token, which another site cannot know; when the
 * browser does say the request is cross-site, it is refused even with a token.
 */
export interface OriginCheckInput {
  headers: Record<string, string | string[] | undefined>;
  /** PUBLIC_URL from the Directus environment. */
  publicUrl: string | undefined;
  /** The protocol Express derived (honours IP_TRUST_PROXY / X-Forwarded-Proto). */
  protocol: string;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function isSameOriginRequest({ headers, publicUrl, protocol }: OriginCheckInput): boolean {
  const allowed = new Set([originOf(publicUrl), originOf(`${protocol}://${first(headers.host) ?? ''}`)].filter((o): o is string => o !== null));
  // What the browser says about where the request comes from wins, bearer token or not.
  const fetchSite = first(headers['sec-fetch-site']);
  if (fetchSite) return fetchSite === 'same-origin';
  const origin = first(headers.origin);
  if (origin) return allowed.has(origin);
  const authorization = first(headers.authorization);
  if (authorization && /^Bearer\s+\S+/i.test(authorization)) return true;
  const referer = originOf(first(headers.referer));
  return referer !== null && allowed.has(referer);
}

export const CROSS_SITE_REFUSAL = '<p>Dit verzoek komt niet uit Vroegsignalering zelf en is geweigerd. Open Vroegsignalering en probeer het daar opnieuw.</p>';
