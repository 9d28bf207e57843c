import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Decimal } from '@tvaers/domain';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { fiscalYearPeriod, organisationRef, xml } from '../iati.js';

// The official schema, vendored from ../shared/standards (IATI/IATI-Schemas, see its LICENSE) so a
// fresh clone anywhere can validate.
const SCHEMA = path.resolve(process.cwd(), 'standards/iati-2.03/iati-activities-schema.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const ci = process.env.CI === 'true' || process.env.CI === '1';

describe('IATI 2.03 helpers', () => {
  it('maps fiscal years to periods, also when the year starts in July', () => {
    expect(fiscalYearPeriod(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(fiscalYearPeriod(2026, 7)).toEqual({ start: '2026-07-01', end: '2027-06-30' });
    expect(fiscalYearPeriod(2027, 3)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
  });

  it('escapes text and builds org-id.guide identifiers', () => {
    expect(xml(`Æ & "Ø" <å>`)).toBe('Æ &amp; &quot;Ø&quot; &lt;å&gt;');
    expect(organisationRef('DK', '34051178')).toBe('DK-CVR-34051178');
    expect(organisationRef('NO', '991 825 827')).toBe('NO-BRC-991825827');
    // Municipality and region codes are no register numbers: never passed off as a CVR or org.nr.
    expect(organisationRef('DK', '751')).toBe('XI-TVAERS-DK-MUNICIPALITY-751');
    expect(organisationRef('DK', '1084')).toBe('XI-TVAERS-DK-REGION-1084');
    expect(organisationRef('NO', '0301')).toBe('XI-TVAERS-NO-MUNICIPALITY-0301');
    expect(organisationRef('DK', 'OLD-1')).toBe('XI-TVAERS-DK-ORG-OLD-1');
  });
});

describe('IATI 2.03 activities export', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    token = (await app.as('VIEWER')).token;
  });
  afterAll(() => app.close());

  const exportOf = async (programmeId: string) => {
    const response = await fetch(`${app.baseUrl}/exports/programmes/${programmeId}/iati.xml`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    return response.text();
  };

  it('has one activity per project, and budgets that add up to the API total', async () => {
    const { programmes } = await app.ok(`{ programmes { id currency totalBudget } }`);
    for (const programme of programmes) {
      const text = await exportOf(programme.id);
      const { projects } = await app.ok(`query($p: ID!) { projects(programmeId: $p, first: 100) { totalCount } }`, { p: programme.id });
      expect(text.match(/<iati-activity /g)).toHaveLength(projects.totalCount);
      const budget = [...text.matchAll(/<budget [^>]*>.*?<value [^>]*>([^<]+)<\/value><\/budget>/g)].reduce(
        (sum, m) => sum.plus(m[1]!),
        new Decimal(0),
      );
      expect(budget.toFixed(2)).toBe(programme.totalBudget);
      expect(text).toContain(`default-currency="${programme.currency}"`);
    }
  });

  it('publishes an open-data JSON feed to anyone, with the API’s totals and no people or drafts', async () => {
    const { programmes } = await app.ok(`{ programmes { id totalBudget } }`);
    const response = await fetch(`${app.baseUrl}/exports/programmes/${programmes[0].id}/portfolio.json`);
    expect(response.status).toBe(200);
    const feed = (await response.json()) as { format: string; totals: { budget: string }; projects: { code: string; npv: string }[] };
    expect(feed.format).toBe('tvaers-open-data/1');
    expect(feed.totals.budget).toBe(programmes[0].totalBudget);
    expect(feed.projects.length).toBeGreaterThan(0);
    expect(JSON.stringify(feed)).not.toMatch(/@tvaers\.demo|DRAFT|password/);
  });

  (hasXmllint || ci ? it : it.skip)('validates against the official IATI 2.03 schema with xmllint', async () => {
    expect(hasXmllint).toBe(true); // CI installs libxml2-utils (.ci/run)
    const { programmes } = await app.ok(`{ programmes { id } }`);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'iati-'));
    try {
      for (const [i, programme] of programmes.entries()) {
        const file = path.join(folder, `activities-${i}.xml`);
        writeFileSync(file, await exportOf(programme.id));
        const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
        expect(result.stderr.trim()).toBe(`${file} validates`);
        expect(result.status).toBe(0);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
