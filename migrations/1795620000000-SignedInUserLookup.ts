import type { MigrationInterface, QueryRunner } from 'typeorm';

// The user behind a request's token, with their memberships, as a function that runs as the owner
// (issue 16). The lookup used to run as SYSTEM: it must read memberships before anyone is known, and
// row-level security shows a member only the memberships of their own programmes. Every request then
// switched its pooled connection to SYSTEM and back to the user, two extra round trips of `set_config`.
// The function reads exactly what the lookup read, whatever the connection's session settings are, so
// the lookup no longer touches them. It answers nothing for an ended session or an unknown user.

export class SignedInUserLookup1795620000000 implements MigrationInterface {
  name = 'SignedInUserLookup1795620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION tvaers_signed_in_user(user_id uuid, session_id text)
      RETURNS TABLE (id uuid, email text, name text, role text, organisation_id uuid, active boolean, memberships json)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT u.id, u.email, u.name, u.role, u.organisation_id, u.active,
               coalesce((SELECT json_agg(json_build_object('programmeId', m.programme_id, 'role', m.role, 'organisationId', m.organisation_id) ORDER BY m.programme_id)
                           FROM memberships m WHERE m.user_id = u.id), '[]')
          FROM users u
         WHERE u.id = tvaers_signed_in_user.user_id
           AND NOT EXISTS (SELECT 1 FROM ended_sessions e WHERE e.session_id = tvaers_signed_in_user.session_id) $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION tvaers_signed_in_user(uuid, text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION tvaers_signed_in_user(uuid, text) TO tvaers_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION tvaers_signed_in_user(uuid, text)`);
  }
}
