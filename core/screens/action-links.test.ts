import { describe, expect, test } from 'vitest';
import { resolveActionLinks } from './action-links.ts';

describe('resolveActionLinks', () => {
  test.each([
    ['an app route with the id', { url: '/vroegsignalering/zaken/{{id}}' }, { id: 42 }, { route: '/vroegsignalering/zaken/42', href: null }],
    ['an API link', { url: '../../../vroegsignalering/uploads/{{ id }}/foutenrapport.xlsx' }, { id: 'a-b' }, { route: null, href: '../../../vroegsignalering/uploads/a-b/foutenrapport.xlsx' }],
    ['a value is URL-encoded', { url: '/x/{{code}}' }, { code: 'a/b c' }, { route: '/x/a%2Fb%20c', href: null }],
  ])('%s', (_name, link, values, expected) => {
    expect(resolveActionLinks([{ label: 'Open', ...link }], values)).toEqual([{ label: 'Open', icon: null, ...expected }]);
  });

  test('a new item without an id gets no button that leads nowhere', () => {
    expect(resolveActionLinks([{ label: 'Open', url: '/vroegsignalering/zaken/{{id}}' }], {})).toEqual([]);
    expect(resolveActionLinks([{ label: 'Open', url: '/vroegsignalering/zaken/{{id}}' }], { id: null })).toEqual([]);
  });
});
