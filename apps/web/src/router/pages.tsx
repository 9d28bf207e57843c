import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n';

/** While a page's code loads (shown only when that takes a moment). */
export function LoadingPage() {
  const { t } = useI18n();
  return <p role="status">{t.common.loading}</p>;
}

/** An address the app has no page for, or a page for something that cannot exist (a malformed id). */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t.common.notFound}</h1>
      <Link to="/">{t.common.backToDashboard}</Link>
    </>
  );
}

/** A page that failed to load or to draw (e.g. its code could not be fetched after a release). */
export function ErrorPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t.common.error}</h1>
      {/* A fresh load fetches the release's code anew; resetting the page in place would not. */}
      <button type="button" onClick={() => window.location.reload()}>
        {t.common.retry}
      </button>
    </>
  );
}
