import { createError } from '@directus/errors';

/**
 * An error whose message is Dutch and meant for the person in the app. A code of our own
 * keeps the Directus app from replacing the message with its generic translation.
 */
export const UserFacingError = createError<{ message: string }>('VROEGSIGNALERING', (extensions) => extensions.message, 400);

/** A refusal for lack of rights, with a Dutch message for the person in the app. */
export const AccessRefusedError = createError<{ message: string }>('VROEGSIGNALERING_GEWEIGERD', (extensions) => extensions.message, 403);
