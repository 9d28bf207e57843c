import { describe, expect, it } from 'vitest';
import { can, type Session } from './session';

type Role = Session['user']['role'];

function session(role: Role, memberships: { programmeId: string; role: Role }[] = []): Session {
  return {
    token: 't',
    expiresAt: '2099-01-01T00:00:00Z',
    user: {
      id: 'u',
      email: 'u@test.invalid',
      name: 'U',
      role,
      organisationId: null,
      memberships: memberships.map((m) => ({ ...m, organisationId: null })),
    },
  } as Session;
}

const open = { id: 'p1', archivedAt: null };
const archived = { id: 'p1', archivedAt: '2026-12-01T10:00:00Z' };
const other = { id: 'p2', archivedAt: null };

describe('can (write checks know archived programmes)', () => {
  const office = session('VIEWER', [{ programmeId: 'p1', role: 'PROGRAMME_OFFICE' }]);
  const partner = session('VIEWER', [{ programmeId: 'p1', role: 'PARTNER' }]);
  const admin = session('ADMIN');

  it('lets the office add and edit in its own open programme, a partner only edit', () => {
    expect([can.createProjects(office, open), can.editProjects(office, open)]).toEqual([true, true]);
    expect([can.createProjects(partner, open), can.editProjects(partner, open)]).toEqual([false, true]);
    expect([can.createProjects(office, other), can.editProjects(office, other)]).toEqual([false, false]);
  });

  it('offers no writes in an archived programme, not even to an administrator', () => {
    for (const who of [office, partner, admin]) {
      expect(can.createProjects(who, archived)).toBe(false);
      expect(can.editProjects(who, archived)).toBe(false);
    }
  });

  it('still lets the office administer its archived programme (to restore it), and nobody without a session', () => {
    expect(can.administerProgramme(office, 'p1')).toBe(true);
    expect(can.administerProgramme(partner, 'p1')).toBe(false);
    expect(can.editProjects(null, open)).toBe(false);
    expect(can.createProjects(office, undefined)).toBe(false);
  });
});
