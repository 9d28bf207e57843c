import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';

const GRANT = `mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id version role organisationId programme { id } user { id } } }`;
const REVOKE = `mutation($id: ID!, $v: Int!) { revokeMembership(id: $id, version: $v) }`;

export const membershipCases: MutationCases = {
  grantMembership: {
    async success(app, { programme, municipality }) {
      const person = await app.as('VIEWER', undefined, []);
      const { grantMembership } = await app.ok(GRANT, {
        input: { userId: person.userId, programmeId: programme.id, role: 'PARTNER', organisationId: municipality.id },
      });
      expect(grantMembership).toMatchObject({
        role: 'PARTNER',
        organisationId: municipality.id,
        programme: { id: programme.id },
        user: { id: person.userId },
      });
      expect((await person.ok(`{ programmes { id } }`)).programmes).toEqual([{ id: programme.id }]);
    },
    async invalid(app, { programme }) {
      const person = await app.as('VIEWER', undefined, []);
      expectRefused(
        await app.gql(GRANT, { input: { userId: person.userId, programmeId: programme.id, role: 'PARTNER' } }),
        'BAD_USER_INPUT',
        'input.organisationId',
      );
      expectRefused(
        await app.gql(GRANT, { input: { userId: person.userId, programmeId: programme.id, role: 'ADMIN' } }),
        'BAD_USER_INPUT',
        'input.role',
      );
      expectRefused(
        await app.gql(GRANT, { input: { userId: 'not-a-uuid', programmeId: programme.id, role: 'VIEWER' } }),
        'BAD_USER_INPUT',
        'input.userId',
      );
    },
  },
  revokeMembership: {
    async success(app, { programme }) {
      const person = await app.as('VIEWER', undefined, [programme.id]);
      const [membership] = await app.dataSource.query(`SELECT id, version FROM memberships WHERE user_id = $1`, [person.userId]);
      await app.ok(REVOKE, { id: membership.id, v: membership.version });
      expect((await person.ok(`{ programmes { id } }`)).programmes).toEqual([]);
      expect(await app.dataSource.query(`SELECT 1 FROM memberships WHERE id = $1`, [membership.id])).toEqual([]);
    },
    async invalid(app, { programme }) {
      const person = await app.as('VIEWER', undefined, [programme.id]);
      const [membership] = await app.dataSource.query(`SELECT id, version FROM memberships WHERE user_id = $1`, [person.userId]);
      expectRefused(await app.gql(REVOKE, { id: membership.id, v: membership.version + 1 }), 'CONFLICT');
      expectRefused(await app.gql(REVOKE, { id: 'not-a-uuid', v: 1 }), 'BAD_USER_INPUT', 'id');
    },
  },
};
