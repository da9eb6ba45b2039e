/**
 * Nobody changes their own role or policies (issue 7, item 8): a functional admin who
 * manages users must not be able to lift themselves into another role. Only an
 * administrator may (provisioning moves the bootstrap admin into the Beheerder role).
 */
export interface AccountChange {
  actorId: string | null;
  actorIsAdmin: boolean;
  /** The users being changed. */
  targetIds: string[];
  /** The submitted fields. */
  fields: string[];
}

export const ACCESS_FIELDS = ['role', 'policies'] as const;

export function ownAccessChangeRefusal(change: AccountChange): string | null {
  if (change.actorIsAdmin || !change.actorId) return null;
  if (!change.targetIds.includes(change.actorId)) return null;
  if (!change.fields.some((field) => (ACCESS_FIELDS as readonly string[]).includes(field))) return null;
  return 'U kunt uw eigen rol of rechten niet wijzigen. Vraag dit aan een beheerder.';
}
