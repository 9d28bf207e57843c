import { LogoutDocument } from '../../generated/graphql';
import { request } from '../../lib/graphql';
import { currentSession, saveSession } from '../../lib/session';

/**
 * Signs out: the server ends the session (its token is refused from now on) and, after single sign-on,
 * the browser goes on to the organisation's sign-in service to end that session too (answers true then).
 */
export async function signOut(): Promise<boolean> {
  const endSessionUrl = currentSession()
    ? await request(LogoutDocument, {}).then(
        (r) => r.logout.endSessionUrl,
        () => null,
      )
    : null;
  saveSession(null);
  if (endSessionUrl) window.location.assign(endSessionUrl);
  return Boolean(endSessionUrl);
}
