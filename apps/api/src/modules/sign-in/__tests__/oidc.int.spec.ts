import { freePort } from '../../../database/embedded-postgres.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import { startTestProvider, type TestProvider } from '../../../../test/oidc-provider.js';

// Single sign-on against a real OpenID Connect provider (oidc-provider) started by the test: the
// authorization code flow with PKCE, state and nonce through openid-client, users matched by verified
// e-mail, refusals as pages, auto-provisioning, sign-out with the provider's end-session endpoint, and
// password sign-in turned off.

/** A browser's worth of following redirects: cookies per host, redirects not followed automatically. */
class Browser {
  private readonly cookies = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    const { host } = new URL(url);
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    const response = await fetch(url, {
      redirect: 'manual',
      headers: jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    this.cookies.set(host, jar);
    return response;
  }

  /** Follows redirects until one leads to `stopAt` (not requested) or a page answers. */
  async follow(url: string, stopAt: string): Promise<{ url: string; response?: Response }> {
    let next = url;
    for (let hops = 0; hops < 10; hops++) {
      if (next.startsWith(stopAt)) return { url: next };
      const response = await this.get(next);
      const location = response.headers.get('location');
      if (!location || response.status < 300 || response.status >= 400) return { url: next, response };
      await response.arrayBuffer();
      next = new URL(location, next).href;
    }
    throw new Error('too many redirects');
  }
}

describe('single sign-on with OpenID Connect', () => {
  let provider: TestProvider;
  let app: TestApp;
  let publicUrl: string;
  const signIn = async (email: string, browser = new Browser()) => {
    provider.autoLogin = email;
    const start = await browser.get(`${publicUrl}/auth/oidc/login`);
    const callback = await browser.follow(start.headers.get('location')!, `${publicUrl}/auth/oidc/callback`);
    const landing = await browser.get(callback.url);
    return { start, callbackUrl: callback.url, landing, browser };
  };

  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    provider = await startTestProvider({
      redirectUri: `${publicUrl}/auth/oidc/callback`,
      postLogoutRedirectUri: `${publicUrl}/`,
      accounts: [
        { email: 'office@tvaers.demo', name: 'Ole Programkontor' },
        { email: 'ukendt@kommune.invalid', name: 'Ukendt Person' },
        { email: 'ny.medarbejder@kommune.invalid', name: 'Ny Medarbejder' },
        { email: 'viewer@tvaers.demo', name: 'Uden bekræftet e-mail', emailVerified: false },
      ],
    });
    app = await createTestApp({
      demoData: true,
      port,
      auth: {
        oidc: {
          issuerUrl: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          publicUrl,
          displayName: 'Kommunernes log ind',
          autoProvision: false,
        },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  it('redirects to the provider with the authorization code flow, PKCE S256, state and nonce', async () => {
    const response = await fetch(`${publicUrl}/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: `${publicUrl}/auth/oidc/callback`,
      scope: 'openid email profile',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
    });
    const { signInOptions } = await app.anonymous.ok(`{ signInOptions { passwordLogin singleSignOn } }`);
    expect(signInOptions).toEqual({ passwordLogin: true, singleSignOn: 'Kommunernes log ind' });
  });

  it('signs a known user in by verified e-mail with the same session token as login, once per callback', async () => {
    const { landing, callbackUrl, browser } = await signIn('office@tvaers.demo');
    expect(landing.status).toBe(302);
    const code = new URL(landing.headers.get('location')!).searchParams.get('signin')!;
    expect(landing.headers.get('location')).toBe(`${publicUrl}/?signin=${code}`);
    const { completeSignIn } = await app.anonymous.ok(`mutation($code: String!) { completeSignIn(code: $code) { token user { email } } }`, {
      code,
    });
    expect(completeSignIn.user.email).toBe('office@tvaers.demo');
    const me = await fetch(`${publicUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${completeSignIn.token}` },
      body: JSON.stringify({ query: '{ me { email memberships { role } } programmes { currency } }' }),
    });
    expect(((await me.json()) as { data: unknown }).data).toEqual({
      me: { email: 'office@tvaers.demo', memberships: [{ role: 'PROGRAMME_OFFICE' }] },
      programmes: [{ currency: 'DKK' }],
    });
    // The code and the callback work once only.
    expect(errorOf(await app.anonymous.gql(`mutation($code: String!) { completeSignIn(code: $code) { token } }`, { code }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['code'],
    });
    const replay = await browser.get(callbackUrl);
    expect(replay.status).toBe(403);
    expect(await replay.text()).toContain('This sign-in has expired or was already used');

    // Signing out ends the session and points at the provider's end-session endpoint.
    const logout = await fetch(`${publicUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${completeSignIn.token}` },
      body: JSON.stringify({ query: 'mutation { logout { endSessionUrl } }' }),
    });
    const endSessionUrl = new URL(((await logout.json()) as { data: { logout: { endSessionUrl: string } } }).data.logout.endSessionUrl);
    expect(`${endSessionUrl.origin}${endSessionUrl.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(endSessionUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${publicUrl}/`);
    expect(endSessionUrl.searchParams.get('id_token_hint')).toMatch(/^ey/);
    const after = await fetch(`${publicUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${completeSignIn.token}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(((await after.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown e-mail, an unverified e-mail and a doctored state with a clear page', async () => {
    const unknown = await signIn('ukendt@kommune.invalid');
    expect(unknown.landing.status).toBe(403);
    expect(await unknown.landing.text()).toContain(
      'No one with the e-mail ukendt@kommune.invalid uses Tværs yet. Ask your programme office to invite you.',
    );
    expect(await app.dataSource.query(`SELECT 1 FROM users WHERE email = 'ukendt@kommune.invalid'`)).toEqual([]);
    const unverified = await signIn('viewer@tvaers.demo');
    expect(unverified.landing.status).toBe(403);
    expect(await unverified.landing.text()).toContain('did not confirm an e-mail address');
    const doctored = await fetch(`${publicUrl}/auth/oidc/callback?code=abc&state=made-up`, { redirect: 'manual' });
    expect(doctored.status).toBe(403);
  });

  it('creates an unknown user without memberships when auto-provisioning is on, and can turn password sign-in off', async () => {
    const second = await createTestApp({
      databaseUrl: (app.dataSource.options as { url: string }).url,
      port: await freePort(),
      auth: {
        passwordLogin: false,
        oidc: {
          issuerUrl: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          publicUrl,
          displayName: 'Kommunernes log ind',
          autoProvision: true,
        },
      },
    });
    try {
      // The provider only knows the first app's callback URL (PUBLIC_URL), so the flow ends there;
      // state and the one-time code live in PostgreSQL, so either process completes it.
      const browser = new Browser();
      provider.autoLogin = 'ny.medarbejder@kommune.invalid';
      const start = await browser.get(`${second.baseUrl}/auth/oidc/login`);
      const callback = await browser.follow(start.headers.get('location')!, `${publicUrl}/auth/oidc/callback`);
      const landing = await browser.get(callback.url.replace(publicUrl, second.baseUrl));
      expect(landing.status).toBe(302);
      const code = new URL(landing.headers.get('location')!).searchParams.get('signin')!;
      const { completeSignIn } = await app.anonymous.ok(
        `mutation($code: String!) { completeSignIn(code: $code) { token user { email name } } }`,
        { code },
      );
      expect(completeSignIn.user).toEqual({ email: 'ny.medarbejder@kommune.invalid', name: 'Ny Medarbejder' });
      const [memberships] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'ny.medarbejder@kommune.invalid'`,
      );
      expect(memberships.n).toBe(0);

      expect(
        errorOf(await second.anonymous.gql(`mutation { login(email: "admin@tvaers.demo", password: "tvaers-demo") { token } }`)).code,
      ).toBe('FORBIDDEN');
      expect((await second.anonymous.ok(`{ signInOptions { passwordLogin singleSignOn } }`)).signInOptions).toEqual({
        passwordLogin: false,
        singleSignOn: 'Kommunernes log ind',
      });
    } finally {
      await second.close();
    }
  });
});
