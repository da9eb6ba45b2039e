/**
 * The fixed ids that installations provisioned before issue 7 used for their roles and
 * policies. Only used once, to give those rows their key; new installations get random
 * ids and nothing relies on these values afterwards.
 */
import type { AccessKey } from './access-model.ts';

const legacy = (prefix: string) => (n: number) => `${prefix}-0000-4000-8000-00000000000${n}`;
const role = legacy('6b1f0a3e');
const policy = legacy('7c2e1b4f');
const ORDER: AccessKey[] = ['admin', 'functional_admin', 'debt_services', 'corporation', 'social_work', 'worker'];

export const LEGACY_ROLE_IDS = Object.fromEntries(ORDER.map((key, i) => [key, role(i + 1)])) as Record<AccessKey, string>;
export const LEGACY_POLICY_IDS = Object.fromEntries(ORDER.map((key, i) => [key, policy(i + 1)])) as Record<AccessKey, string>;
