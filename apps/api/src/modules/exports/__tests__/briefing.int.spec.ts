import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const ci = process.env.CI === 'true' || process.env.CI === '1';

describe('PDF briefing for politicians', () => {
  let app: TestApp;
  let token: string;
  let dk: { id: string; totalBudget: string };
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    token = (await app.as('VIEWER')).token;
    const { programmes } = await app.ok(`{ programmes { id currency totalBudget } }`);
    dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
  });
  afterAll(() => app.close());

  const briefing = async (lang: string) => {
    const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.pdf?lang=${lang}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(await response.arrayBuffer());
  };

  it('is a PDF with a summary page and one page per project', async () => {
    const pdf = await briefing('da');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1 + 35);
  });

  (hasPdftotext || ci ? it : it.skip)('reads back with pdftotext in the chosen language, with the API’s figures', async () => {
    expect(hasPdftotext).toBe(true); // CI installs poppler-utils (.ci/run)
    const folder = mkdtempSync(path.join(os.tmpdir(), 'briefing-'));
    const text = (lang: string, pdf: Buffer) => {
      const file = path.join(folder, `${lang}.pdf`);
      writeFileSync(file, pdf);
      return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    };
    const danish = text('da', await briefing('da'));
    expect(danish).toContain('Porteføljebriefing');
    expect(danish).toContain('Fælles digitaliseringsstrategi 2025–2027');
    const budget = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 }).format(
      dk.totalBudget as unknown as number,
    );
    expect(danish.replace(/\s/g, ' ')).toContain(`Budget: ${budget.replace(/\s/g, ' ')}`);
    expect(danish).toContain('FDS-01 Sammenhængende flytning');
    expect(danish).toContain('Nutidsværdi');
    // The risk-adjusted business case: the portfolio's probability as the API computes it, and per project.
    const { portfolioSummary } = await app.ok(
      `query($p: ID!) { portfolioSummary(programmeId: $p) { simulation { probabilityPositive } } }`,
      { p: dk.id },
    );
    const probability = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 1 }).format(
      portfolioSummary.simulation.probabilityPositive,
    );
    expect(danish.replace(/\s+/g, ' ')).toContain(
      `Sandsynlighed for at porteføljen tjener sig hjem (nutidsværdi over nul): ${probability.replace(/\s/g, ' ')}`,
    );
    expect(danish.match(/Sandsynlighed for at projektet tjener sig hjem/g)).toHaveLength(35);
    expect(danish).toContain('Nutidsværdi P10 / P50 / P90');
    const english = text('en', await briefing('en'));
    expect(english).toContain('Portfolio briefing');
    expect(english).toContain('Net present value');
    expect(english).toContain('Probability that the project pays back (NPV above zero)');
  });

  it('refuses an unknown language', async () => {
    const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.pdf?lang=fr`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
  });
});
