import { randomUUID } from 'node:crypto';
import { createOrganisation, createProgramme, createTrack } from '../../../../test/factories.js';
import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';

export const programmeCases: MutationCases = {
  createProgramme: {
    async success(app) {
      const created = await createProgramme(app, { currency: 'NOK', discountRate: '0.035', tolerances: { scheduleAmberDays: 20 } });
      const { programme } = await app.ok(
        `query($id: ID!) { programme(id: $id) { currency discountRate fiscalYearStartMonth tolerances { scheduleAmberDays scheduleRedDays costRedOverrunAmount } } }`,
        { id: created.id },
      );
      expect(programme).toEqual({
        currency: 'NOK',
        discountRate: '0.0350',
        fiscalYearStartMonth: 1,
        tolerances: { scheduleAmberDays: 20, scheduleRedDays: 92, costRedOverrunAmount: '6000000.00' },
      });
    },
    async invalid(app) {
      const result = await app.gql(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
        input: {
          name: 'X',
          currency: 'kroner',
          periodStartYear: 2027,
          periodEndYear: 2025,
          fundingEnvelope: '-1',
          fteAnnualCost: '550000',
          hourlyRate: '400.001',
        },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.currency');
      const fields = result.errors![0]!.extensions!.fields!.map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['input.name', 'input.fundingEnvelope', 'input.hourlyRate']));
    },
  },
  updateProgramme: {
    async success(app, { programme }) {
      const fund = await createOrganisation(app, 'STATE', 'Fællesfonden');
      const { updateProgramme } = await app.ok(
        `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { version hourlyRate periodEndYear fundOrganisation { id name } } }`,
        { input: { id: programme.id, version: programme.version, hourlyRate: '425.50', periodEndYear: 2028, fundOrganisationId: fund.id } },
      );
      expect(updateProgramme).toEqual({
        version: programme.version + 1,
        hourlyRate: '425.50',
        periodEndYear: 2028,
        fundOrganisation: { id: fund.id, name: fund.name },
      });
    },
    async invalid(app, { programme }) {
      const result = await app.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`, {
        input: { id: programme.id, version: programme.version, periodEndYear: 2020 },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.periodEndYear');
      const unknownFund = await app.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`, {
        input: { id: programme.id, version: programme.version, fundOrganisationId: randomUUID() },
      });
      expectRefused(unknownFund, 'BAD_USER_INPUT', 'input.fundOrganisationId');
    },
  },
  deleteProgramme: {
    async success(app) {
      const programme = await createProgramme(app);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteProgramme(id: $id, version: $v) }`, { id: programme.id, v: programme.version });
      expectRefused(await app.gql(`query($id: ID!) { programme(id: $id) { id } }`, { id: programme.id }), 'NOT_FOUND');
    },
    async invalid(app) {
      expectRefused(await app.gql(`mutation { deleteProgramme(id: "not-a-uuid", version: 1) }`), 'BAD_USER_INPUT', 'id');
    },
  },
  createTrack: {
    async success(app, { programme }) {
      const track = await createTrack(app, programme.id);
      const { programme: read } = await app.ok(`query($id: ID!) { programme(id: $id) { tracks { id code } } }`, { id: programme.id });
      expect(read.tracks).toEqual(expect.arrayContaining([{ id: track.id, code: track.code }]));
    },
    async invalid(app, { programme, track }) {
      const result = await app.gql(`mutation($input: CreateTrackInput!) { createTrack(input: $input) { id } }`, {
        input: { programmeId: programme.id, code: track.code, name: 'Samme kode igen' },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.code');
    },
  },
  updateTrack: {
    async success(app, { track }) {
      const { updateTrack } = await app.ok(`mutation($input: UpdateTrackInput!) { updateTrack(input: $input) { name version } }`, {
        input: { id: track.id, version: track.version, name: 'Digital inklusion' },
      });
      expect(updateTrack).toEqual({ name: 'Digital inklusion', version: track.version + 1 });
    },
    async invalid(app, { track }) {
      const result = await app.gql(`mutation($input: UpdateTrackInput!) { updateTrack(input: $input) { id } }`, {
        input: { id: track.id, version: track.version, code: 'lower case' },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.code');
    },
  },
  deleteTrack: {
    async success(app, { track, project }) {
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteTrack(id: $id, version: $v) }`, { id: track.id, v: track.version });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { track { id } } }`, { id: project.id });
      expect(read.track).toBeNull();
    },
    async invalid(app, { track }) {
      const result = await app.gql(`mutation($id: ID!) { deleteTrack(id: $id, version: 0) }`, { id: track.id });
      expectRefused(result, 'BAD_USER_INPUT', 'version');
    },
  },
  setProgrammeArchived: {
    async success(app) {
      const programme = await createProgramme(app);
      const archive = `mutation($id: ID!, $v: Int!, $a: Boolean!) { setProgrammeArchived(id: $id, version: $v, archived: $a) { version archivedAt } }`;
      const { setProgrammeArchived } = await app.ok(archive, { id: programme.id, v: programme.version, a: true });
      expect(setProgrammeArchived.archivedAt).toEqual(expect.any(String));
      const lists = () => app.ok(`{ active: programmes { id } all: programmes(includeArchived: true) { id } }`);
      const before = await lists();
      expect(before.active).not.toContainEqual({ id: programme.id });
      expect(before.all).toContainEqual({ id: programme.id });
      // Archived, not deleted: it is still there by id, and it can be brought back.
      await app.ok(`query($id: ID!) { programme(id: $id) { id } }`, { id: programme.id });
      await app.ok(archive, { id: programme.id, v: setProgrammeArchived.version, a: false });
      expect((await lists()).active).toContainEqual({ id: programme.id });
    },
    async invalid(app, { programme }) {
      const result = await app.gql(`mutation($id: ID!, $v: Int!) { setProgrammeArchived(id: $id, version: $v, archived: false) { id } }`, {
        id: programme.id,
        v: programme.version,
      });
      expectRefused(result, 'INVALID_TRANSITION');
    },
  },
  reorderTracks: {
    async success(app, { programme, track }) {
      const second = await createTrack(app, programme.id);
      const { reorderTracks } = await app.ok(`mutation($input: ReorderTracksInput!) { reorderTracks(input: $input) { id sortOrder } }`, {
        input: { programmeId: programme.id, trackIds: [second.id, track.id] },
      });
      expect(reorderTracks).toEqual([
        { id: second.id, sortOrder: 0 },
        { id: track.id, sortOrder: 1 },
      ]);
      const { programme: read } = await app.ok(`query($id: ID!) { programme(id: $id) { tracks { id } } }`, { id: programme.id });
      expect(read.tracks).toEqual([{ id: second.id }, { id: track.id }]);
    },
    async invalid(app, { programme, track }) {
      const other = await createProgramme(app);
      const foreign = await createTrack(app, other.id);
      const result = await app.gql(`mutation($input: ReorderTracksInput!) { reorderTracks(input: $input) { id } }`, {
        input: { programmeId: programme.id, trackIds: [track.id, foreign.id] },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.trackIds');
      const twice = await app.gql(`mutation($input: ReorderTracksInput!) { reorderTracks(input: $input) { id } }`, {
        input: { programmeId: programme.id, trackIds: [track.id, track.id] },
      });
      expectRefused(twice, 'BAD_USER_INPUT', 'input.trackIds');
    },
  },
};
