/**
 * The routing rules have an id and a version; every decision stores both (`cases.decided_by_rule`)
 * with the facts and settings it saw, so a decision can be explained later even after the
 * rules or settings changed. Raise the version whenever a rule's meaning changes.
 */
export const RULE_SET = { id: 'huurschuld-convenant', version: 1 } as const;

/** "huurschuld-convenant@1", as stored on a case. */
export const RULE_SET_REF = `${RULE_SET.id}@${RULE_SET.version}`;

/** "regel huurschuld-convenant v1", as a staff member reads it in a trace. */
export const RULE_SET_LABEL = `regel ${RULE_SET.id} v${RULE_SET.version}`;
