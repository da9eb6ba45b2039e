import { createError } from '@directus/errors';

/**
 * An error whose message is Dutch and meant for the person in the app. A code of our own
 * keeps the Directus app from replacing the message with its generic translation.
 */
export const UserFacingError = createError<{ message: string }>('VROEGSIGNALERING', (extensions) => extensions.message, 400);
