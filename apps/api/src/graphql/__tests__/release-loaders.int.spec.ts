import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import DataLoader from 'dataloader';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createLoaders } from '../../loaders.js';
import { graphqlRequestContext } from '../graphql-config.js';

// A request's loaders are emptied when its answer is sent (releaseLoaders): rows primed or read before
// are gone afterwards, and a later load reads the database again.

describe("a request's loaders after its answer is sent", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  it('hold nothing of the request: row loaders, child-list loaders and registered loaders', async () => {
    const res = new EventEmitter() as unknown as ServerResponse;
    const { loaders, loaderFor } = graphqlRequestContext(app.dataSource, createLoaders)({ res });
    const [{ id: organisationId, name }] = await app.dataSource.query(`SELECT id::text, name FROM organisations LIMIT 1`);
    const [{ project_id: projectId }] = await app.dataSource.query(`SELECT project_id::text FROM benefits LIMIT 1`);
    const primedOrganisation = { id: organisationId, name: 'primed' } as never;
    loaders.organisation.prime(organisationId, primedOrganisation);
    loaders.benefitsByProject.readAhead()!.prime(projectId, [{ row: { id: 'primed' }, children: [] }]);
    let batches = 0;
    const registered = () => loaderFor('test', () => new DataLoader<string, number>(async (keys) => keys.map(() => ++batches)));

    expect(await loaders.organisation.load(organisationId)).toBe(primedOrganisation);
    expect(await loaders.benefitsByProject.load(projectId)).toEqual([{ id: 'primed' }]);
    expect(await registered().load('k')).toBe(1);
    expect(await registered().load('k')).toBe(1);

    res.emit('finish');
    expect((await loaders.organisation.load(organisationId))?.name).toBe(name);
    const benefits = await loaders.benefitsByProject.load(projectId);
    expect(benefits.length).toBeGreaterThan(0);
    expect(benefits.every((benefit) => benefit.projectId === projectId)).toBe(true);
    expect(await registered().load('k')).toBe(2);
  });
});
