import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

// Plain JavaScript (type-checked through JSDoc) so that both the Jest tests and the Chromium journeys
// (node --test, no TypeScript) can start it.
//
// A real OpenID Connect provider (the `oidc-provider` package) on loopback for the sign-on tests: the
// accounts are given by the test, and its login page is one e-mail field (or, with `autoLogin`, no page:
// the interaction signs that account in at once, for tests that drive the flow with fetch).

/** @typedef {{ email: string, name: string, emailVerified?: boolean }} TestAccount */
/**
 * @typedef {object} TestProvider
 * @property {string} issuer
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {string | undefined} autoLogin Who the next interaction signs in, for tests without a browser; unset: show the login page.
 * @property {() => Promise<void>} close
 */

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {string} uid @param {string} [error] */
function loginPage(uid, error = '') {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kommunernes log ind (test)</title><link rel="icon" href="data:,">
<style>body{font-family:sans-serif;background:#eef3f8;display:grid;place-items:center;min-height:90vh}form{background:#fff;padding:2rem 2.5rem;border-radius:8px;box-shadow:0 2px 12px #0002;display:grid;gap:.8rem;min-width:22rem}h1{font-size:1.3rem;margin:0}button{padding:.6rem;background:#0b4f8a;color:#fff;border:0;border-radius:4px;font-size:1rem}input{padding:.5rem;font-size:1rem}</style></head>
<body><form method="post" action="/interaction/${escapeHtml(uid)}"><h1>Kommunernes log ind</h1><p>Testudbyder for Tværs (OpenID Connect)</p>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<label for="email">E-mail</label><input id="email" name="email" type="email" autocomplete="username" required><button type="submit">Log ind</button></form></body></html>`;
}

/** @param {http.IncomingMessage} req */
async function formBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/**
 * @param {{ redirectUri: string, postLogoutRedirectUri: string, accounts: TestAccount[] }} options
 * @returns {Promise<TestProvider>}
 */
export async function startTestProvider(options) {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const issuer = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  const clientId = 'tvaers-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough';
  const byEmail = new Map(options.accounts.map((a) => [a.email.toLowerCase(), a]));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['tvaers-test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (/** @type {unknown} */ _ctx, /** @type {{ uid: string }} */ interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (/** @type {unknown} */ _ctx, /** @type {string} */ id) => {
      const account = byEmail.get(id);
      return (
        account && {
          accountId: id,
          claims: async () => ({ sub: id, email: account.email, email_verified: account.emailVerified ?? true, name: account.name }),
        }
      );
    },
    // The test users have consented already: every sign-in gets the scopes asked for.
    loadExistingGrant: async (/** @type {import('oidc-provider').KoaContextWithOIDC} */ ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client?.clientId, accountId: ctx.oidc.session?.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handler = provider.callback();
  /** @type {TestProvider} */
  const state = {
    issuer,
    clientId,
    clientSecret,
    autoLogin: undefined,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
  server.on('request', (req, res) => {
    const interaction = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!interaction) {
      void handler(req, res);
      return;
    }
    void (async () => {
      try {
        await provider.interactionDetails(req, res);
        const email = state.autoLogin ?? (req.method === 'POST' ? (await formBody(req)).get('email') : undefined);
        if (!email) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(interaction[1] ?? ''));
          return;
        }
        if (!byEmail.has(email.toLowerCase())) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(interaction[1] ?? '', `Ukendt bruger ${email}`));
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId: email.toLowerCase() } }, { mergeWithLastSubmission: false });
      } catch (error) {
        res.writeHead(400).end(String(error));
      }
    })();
  });
  return state;
}
