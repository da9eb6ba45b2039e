/**
 * Where a case's page lives in the app: an app route (relative to /admin), so a router link
 * or a links-field URL that starts with '/' opens it inside the app.
 */
export function casePagePath(caseId: string): string {
  return `/vroegsignalering/zaken/${encodeURIComponent(caseId)}`;
}
