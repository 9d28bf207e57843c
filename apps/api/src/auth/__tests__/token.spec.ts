import { issueToken, VerifiedTokens, verifyToken } from '../token.js';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
const NOW = Date.UTC(2026, 11, 3, 12);

describe('session tokens', () => {
  const session = (lifetimeSeconds = 60) => issueToken({ sub: 'u1', purpose: 'session', sid: 's1' }, SECRET, lifetimeSeconds, NOW).token;

  it('accepts its own token and refuses a changed signature, payload or secret', () => {
    const token = session();
    expect(verifyToken(token, SECRET, 'session', NOW)?.sub).toBe('u1');
    const [header, payload, signature] = token.split('.');
    const flipped = `${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyToken(`${header}.${payload}.${flipped}`, SECRET, 'session', NOW)).toBeUndefined();
    const admin = Buffer.from(JSON.stringify({ sub: 'admin', purpose: 'session', iat: 0, exp: 9e9 })).toString('base64url');
    expect(verifyToken(`${header}.${admin}.${signature}`, SECRET, 'session', NOW)).toBeUndefined();
    expect(verifyToken(token, `${SECRET}x`, 'session', NOW)).toBeUndefined();
  });

  it('remembers accepted tokens but still checks their expiry and purpose on each use', () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = session(60);
    expect(tokens.verify(token, 'session', NOW)?.sid).toBe('s1');
    expect(tokens.verify(token, 'session', NOW + 59_000)?.sid).toBe('s1');
    expect(tokens.verify(token, 'invitation', NOW)).toBeUndefined();
    expect(tokens.verify(token, 'session', NOW + 60_000)).toBeUndefined();
    // Forgotten once expired: not accepted again even at an earlier clock.
    expect(tokens.verify(token, 'session', NOW + 61_000)).toBeUndefined();
  });

  it('never remembers a refused token, and a forged one stays refused next to an accepted one', () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = session();
    const forged = `${token.slice(0, -2)}xx`;
    expect(tokens.verify(forged, 'session', NOW)).toBeUndefined();
    expect(tokens.verify(token, 'session', NOW)?.sub).toBe('u1');
    expect(tokens.verify(forged, 'session', NOW)).toBeUndefined();
  });

  it('keeps at most its bound of tokens and still answers right after it starts again', () => {
    const tokens = new VerifiedTokens(SECRET, 2);
    const issued = [1, 2, 3].map((n) => issueToken({ sub: `u${n}`, purpose: 'session' }, SECRET, 60, NOW).token);
    for (const token of issued) expect(tokens.verify(token, 'session', NOW)).toBeDefined();
    expect(issued.map((token) => tokens.verify(token, 'session', NOW)?.sub)).toEqual(['u1', 'u2', 'u3']);
  });
});
