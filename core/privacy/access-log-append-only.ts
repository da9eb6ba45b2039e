/**
 * The access log is append-only (issue 12, item 4): nobody changes or deletes an entry
 * through Directus, the administrator included. Entries are written by the read hook
 * directly in the database; only the retention step (the worker) removes them.
 */
export const ACCESS_LOG_COLLECTION = 'access_log';

export const ACCESS_LOG_WRITE_REFUSAL = 'Het inzagelog kan niemand wijzigen, aanvullen of verwijderen, ook een beheerder niet. Het log schrijft zichzelf bij elke inzage; oude regels verdwijnen alleen via de bewaartermijn.';
