import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { isApiPath } from '../web-app.js';

// The web app answers any other GET that asks for HTML with its page (client-side routes). A browser
// asks for HTML, so an API route outside isApiPath would get the page instead of its answer; the public
// key at /.well-known/tvaers-audit-key did, until this test.

describe('the web app never shadows an API route', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('every controller route is an API path', () => {
    const paths = app.routes.map((route) => route.split(' ')[1]!.replace(/\/:.*$/, ''));
    expect(paths).toContain('/.well-known/tvaers-audit-key');
    expect(paths.filter((p) => !isApiPath(p))).toEqual([]);
  });

  it('leaves the pages to the web app', () => {
    for (const page of ['/', '/projects', '/programmes/x/dashboard', '/audit', '/exportsx', '/healthy'])
      expect(isApiPath(page)).toBe(false);
  });
});
