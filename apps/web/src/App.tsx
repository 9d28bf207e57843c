import { da as t } from './i18n/da';
import { PortfolioPage } from './features/portfolio/PortfolioPage';

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Spring til indhold
      </a>
      <header className="app-header">
        <h1>{t.appName}</h1>
        <p>{t.tagline}</p>
      </header>
      <main id="main" tabIndex={-1}>
        <PortfolioPage />
      </main>
    </>
  );
}
