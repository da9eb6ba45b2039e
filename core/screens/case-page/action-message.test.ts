import { describe, expect, test } from 'vitest';
import { actionMessage } from './action-message.ts';

const FALLBACK = 'Het lukte niet.';

describe('actionMessage', () => {
  test.each<[number | null, unknown, string]>([
    [400, { errors: [{ message: 'Deze zaak is afgesloten en kan niet meer worden gewijzigd.', extensions: { code: 'VROEGSIGNALERING' } }] }, 'Deze zaak is afgesloten en kan niet meer worden gewijzigd.'],
    [403, { errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }] }, 'U hebt geen rechten voor deze handeling, of de zaak bestaat niet (meer).'],
    [400, { errors: [{ message: 'Validation failed for field "kind".', extensions: { code: 'FAILED_VALIDATION' } }] }, 'Niet alle gegevens zijn goed ingevuld. Controleer het formulier en probeer het opnieuw.'],
    [401, {}, 'Uw sessie is verlopen. Log opnieuw in.'],
    [null, null, 'De server is niet bereikbaar. Probeer het zo opnieuw.'],
    [500, { errors: [{ message: 'SQLITE_BUSY', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, FALLBACK],
  ])('%s %j', (status, body, expected) => {
    expect(actionMessage(status, body as never, FALLBACK)).toBe(expected);
  });

  test('reading a case one may not see says so', () => {
    expect(actionMessage(403, { errors: [{ extensions: { code: 'FORBIDDEN' } }] }, FALLBACK, 'U mag deze zaak niet inzien, of de zaak bestaat niet (meer).')).toBe('U mag deze zaak niet inzien, of de zaak bestaat niet (meer).');
  });
});
