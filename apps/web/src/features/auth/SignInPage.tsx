import { PublicDashboardLinks } from '../public/PublicDashboardLinks';
import { useCallback, useEffect, useState } from 'react';
import { CompleteSignInDocument, LoginDocument, SignInOptionsDocument } from '../../generated/graphql';
import { FormMessage, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { getRouteApi } from '@tanstack/react-router';
import { saveSession, useSession } from '../../lib/session';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { useQuery } from '../../lib/use-query';
import { formMessages } from '../office/form-messages';

const root = getRouteApi('__root__');
const signInRoute = getRouteApi('/sign-in');

/** The page at /sign-in[?next=…]: once someone is signed in, on to the page they asked for. */
export function SignInRoutePage() {
  const session = useSession();
  const next = signInRoute.useSearch({ select: (search) => search.next });
  const navigate = signInRoute.useNavigate();
  useEffect(() => {
    if (session) void navigate({ href: next ?? '/', replace: true });
  }, [session, next, navigate]);
  return session ? null : <SignInPage />;
}

/** After single sign-on the provider's callback sends the browser here with a one-time code (?signin=). */
function useCompleteSignOn(): string | null {
  const { t } = useI18n();
  const code = root.useSearch({ select: (search) => search.signin });
  const navigate = root.useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!code) return;
    void navigate({ to: '.', search: (previous) => ({ ...previous, signin: undefined }), replace: true });
    request(CompleteSignInDocument, { code }).then(
      ({ completeSignIn }) => saveSession({ token: completeSignIn.token, expiresAt: completeSignIn.expiresAt, user: completeSignIn.user }),
      () => setError(t.auth.singleSignOnFailed),
    );
  }, [code, navigate, t]);
  return error;
}

type Credentials = { email: string; password: string };

/** Shown instead of any page until someone signs in; afterwards the page they asked for opens. */
export function SignInPage() {
  const { t } = useI18n();
  const validate = useCallback(
    (v: Credentials): FieldErrors<Credentials> => ({
      ...(!/^\S+@\S+$/.test(v.email.trim()) && { email: t.common.required }),
      ...(!v.password && { password: t.common.required }),
    }),
    [t],
  );
  const form = useForm<Credentials>({ email: '', password: '' }, validate, formMessages(t));
  const signIn = () =>
    form.submit(async (v) => {
      try {
        const { login } = await request(LoginDocument, { email: v.email.trim(), password: v.password });
        saveSession({ token: login.token, expiresAt: login.expiresAt, user: login.user });
      } catch (error) {
        if (error instanceof GraphqlError && (error.code === 'UNAUTHENTICATED' || error.code === 'TOO_MANY_REQUESTS')) {
          throw new GraphqlError(error.code === 'UNAUTHENTICATED' ? t.auth.failed : t.auth.tooMany, 'SIGN_IN');
        }
        throw error;
      }
    });
  const options = useQuery(SignInOptionsDocument, {}).data?.signInOptions;
  const signOnError = useCompleteSignOn();
  const passwordLogin = options?.passwordLogin ?? true;
  return (
    <div className="sign-in">
      <h1>{t.auth.title}</h1>
      <FormMessage message={signOnError} />
      {options?.singleSignOn && (
        <p className="single-sign-on">
          <a className="button" href="/auth/oidc/login">
            {t.auth.signInWith(options.singleSignOn)}
          </a>
        </p>
      )}
      {passwordLogin && <p>{t.auth.intro}</p>}
      {passwordLogin && (
        <form className="card form" noValidate onSubmit={onSubmit(signIn)} aria-label={t.auth.title}>
          <FormMessage message={form.formError} />
          <TextField form={form} name="email" label={t.auth.email} autoComplete="username" required />
          <PasswordField
            label={t.auth.password}
            value={form.values.password}
            onChange={(v) => form.set('password', v)}
            error={form.errorOf('password')}
          />
          <button type="submit" disabled={form.saving}>
            {form.saving ? t.auth.signingIn : t.auth.signIn}
          </button>
        </form>
      )}
      {passwordLogin && <p className="hint">{t.auth.demoHint}</p>}
      <PublicDashboardLinks />
    </div>
  );
}

function PasswordField({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor="sign-in-password">
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <input
        id="sign-in-password"
        type="password"
        autoComplete="current-password"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'sign-in-password-error' : undefined}
        aria-required
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p className="field-error" id="sign-in-password-error">
          {error}
        </p>
      )}
    </div>
  );
}
