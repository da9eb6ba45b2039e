import type { HookExtensionContext } from '@directus/extensions';

export type HookContext = HookExtensionContext;
export type Register = Parameters<import('@directus/extensions').HookConfig>[0];
