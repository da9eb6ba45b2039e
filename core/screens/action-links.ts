/**
 * The buttons of a "Koppelingen naar schermen" field, filled in for one item: `{{id}}`
 * and other `{{field}}` placeholders take the item's values (URL-encoded); a link whose
 * placeholder has no value yet (a new item) is left out instead of leading nowhere.
 * A URL starting with `/` is a route of the app; anything else is a link to the API.
 */
export interface ActionLink {
  label: string;
  icon?: string;
  url: string;
}

export interface ResolvedActionLink {
  label: string;
  icon: string | null;
  route: string | null;
  href: string | null;
}

const PLACEHOLDER = /\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/gi;

export function resolveActionLinks(links: ActionLink[], values: Record<string, unknown>): ResolvedActionLink[] {
  const resolved: ResolvedActionLink[] = [];
  for (const link of links) {
    let missing = false;
    const url = link.url.replace(PLACEHOLDER, (_match, field: string) => {
      const value = values[field];
      if (value === null || value === undefined || value === '') {
        missing = true;
        return '';
      }
      return encodeURIComponent(String(value));
    });
    if (missing) continue;
    const isRoute = url.startsWith('/');
    resolved.push({ label: link.label, icon: link.icon ?? null, route: isRoute ? url : null, href: isRoute ? null : url });
  }
  return resolved;
}
