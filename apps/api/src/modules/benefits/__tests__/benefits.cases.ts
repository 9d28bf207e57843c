import { addBenefit, recordMeasurement } from '../../../../test/factories.js';
import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';

const VALIDATE = `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { status version validatedAt } }`;
const HARVEST = `mutation($id: ID!, $v: Int!) { harvestMeasurement(id: $id, version: $v) { status version harvestedAt } }`;
export const CONFIRM = `mutation($id: ID!, $v: Int!, $ref: String!, $reason: String) {
  confirmMeasurement(id: $id, version: $v, reference: $ref, reason: $reason) { status version confirmedAt confirmationReference confirmationReason confirmedBy { email } } }`;

async function benefitOf(app: TestApp, id: string, projectId: string) {
  const { project } = await app.ok(
    `query($id: ID!) { project(id: $id) { benefits { id title kind unit version targets { fiscalYear value } measurements { fiscalYear value status } } } }`,
    { id: projectId },
  );
  return project.benefits.find((b: { id: string }) => b.id === id);
}

export const benefitCases: MutationCases = {
  addBenefit: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id, {
        kind: 'NON_CASH',
        unit: 'HOURS',
        targets: [{ fiscalYear: 2027, value: '2000' }],
      });
      expect(await benefitOf(app, benefit.id, project.id)).toMatchObject({
        kind: 'NON_CASH',
        unit: 'HOURS',
        targets: [{ fiscalYear: 2027, value: '2000.0000' }],
      });
    },
    async invalid(app, { project, municipality }) {
      const twice = await app.gql(`mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
        input: {
          projectId: project.id,
          receiverId: municipality.id,
          title: 'Dobbelt år',
          kind: 'CASH_RELEASING',
          unit: 'CURRENCY',
          targets: [
            { fiscalYear: 2026, value: '1' },
            { fiscalYear: 2026, value: '2' },
          ],
        },
      });
      expectRefused(twice, 'BAD_USER_INPUT', 'input.targets.1.fiscalYear');
      const unmonetisable = await app.gql(`mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
        input: {
          projectId: project.id,
          receiverId: municipality.id,
          title: 'Kontant i procent',
          kind: 'CASH_RELEASING',
          unit: 'PERCENT',
          targets: [],
        },
      });
      expectRefused(unmonetisable, 'BAD_USER_INPUT', 'input.unit');
      const nested = await app.gql(`mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
        input: {
          projectId: project.id,
          receiverId: municipality.id,
          title: 'Forkert mål',
          kind: 'NON_CASH',
          unit: 'HOURS',
          targets: [{ fiscalYear: 2026, value: '1.123456' }],
        },
      });
      expectRefused(nested, 'BAD_USER_INPUT', 'input.targets.0.value');
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { benefits { id } } }`, { id: project.id });
      expect(read.benefits).toEqual([]);
    },
  },
  updateBenefit: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const { updateBenefit } = await app.ok(`mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { title version } }`, {
        input: {
          id: benefit.id,
          version: benefit.version,
          title: 'Færre manuelle sagsbehandlingsskridt',
          targets: [{ fiscalYear: 2028, value: '1500000.00' }],
        },
      });
      expect(updateBenefit).toEqual({ title: 'Færre manuelle sagsbehandlingsskridt', version: 2 });
      expect((await benefitOf(app, benefit.id, project.id)).targets).toEqual([{ fiscalYear: 2028, value: '1500000.0000' }]);
    },
    async invalid(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const result = await app.gql(`mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { id } }`, {
        input: { id: benefit.id, version: benefit.version, targets: [{ fiscalYear: 2026, value: '-1' }] },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.targets.0.value');
      // Nothing half-written: the old targets are still there.
      expect((await benefitOf(app, benefit.id, project.id)).targets).toHaveLength(2);
    },
  },
  deleteBenefit: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      await recordMeasurement(app, benefit.id);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteBenefit(id: $id, version: $v) }`, { id: benefit.id, v: benefit.version });
      expect(await benefitOf(app, benefit.id, project.id)).toBeUndefined();
    },
    async invalid(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      expectRefused(await app.gql(`mutation($id: ID!) { deleteBenefit(id: $id, version: 3) }`, { id: benefit.id }), 'CONFLICT');
    },
  },
  recordMeasurement: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const measurement = await recordMeasurement(app, benefit.id, 2026, '450000.00');
      expect(measurement).toMatchObject({ status: 'REPORTED', value: '450000.0000' });
      // The row names who reported it: the same user the audit trail names.
      const [row] = await app.dataSource.query(
        `SELECT m.reported_by_id IS NOT NULL AND m.reported_by_id = e.actor_id AS named FROM benefit_measurements m JOIN audit_events e ON e.entity_id = m.id AND e.action = 'INSERT' WHERE m.id = $1`,
        [measurement.id],
      );
      expect(row.named).toBe(true);
    },
    async invalid(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      await recordMeasurement(app, benefit.id, 2026);
      const again = await app.gql(`mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`, {
        input: { benefitId: benefit.id, fiscalYear: 2026, value: '1' },
      });
      expectRefused(again, 'BAD_USER_INPUT', 'input.fiscalYear');
    },
  },
  updateMeasurement: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      const { updateMeasurement } = await app.ok(
        `mutation($input: UpdateMeasurementInput!) { updateMeasurement(input: $input) { value evidence version } }`,
        {
          input: { id: m.id, version: m.version, value: '460000', evidence: 'Rettet efter revision' },
        },
      );
      expect(updateMeasurement).toEqual({ value: '460000.0000', evidence: 'Rettet efter revision', version: 2 });
    },
    async invalid(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      const validated = (await app.ok(VALIDATE, { id: m.id, v: m.version })).validateMeasurement;
      const result = await app.gql(`mutation($input: UpdateMeasurementInput!) { updateMeasurement(input: $input) { id } }`, {
        input: { id: m.id, version: validated.version, value: '1' },
      });
      expectRefused(result, 'INVALID_TRANSITION');
    },
  },
  validateMeasurement: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      const { validateMeasurement } = await app.ok(VALIDATE, { id: m.id, v: m.version });
      expect(validateMeasurement).toMatchObject({ status: 'VALIDATED', version: 2 });
      expect(validateMeasurement.validatedAt).toEqual(expect.any(String));
      const [row] = await app.dataSource.query(
        `SELECT m.validated_by_id IS NOT NULL AND m.validated_by_id = e.actor_id AS named FROM benefit_measurements m JOIN audit_events e ON e.entity_id = m.id AND e.action = 'UPDATE' WHERE m.id = $1`,
        [m.id],
      );
      expect(row.named).toBe(true);
    },
    async invalid(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      await app.ok(VALIDATE, { id: m.id, v: m.version });
      // Validating twice would be a step that does not exist.
      expectRefused(await app.gql(VALIDATE, { id: m.id, v: 2 }), 'INVALID_TRANSITION');
    },
  },
  harvestMeasurement: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      await app.ok(VALIDATE, { id: m.id, v: m.version });
      await app.ok(CONFIRM, {
        id: m.id,
        v: 2,
        ref: 'Byrådsbeslutning 2026-04-12, pkt. 7',
        reason: 'Kommunen har bekræftet pr. mail; registreret af programkontoret',
      });
      const { harvestMeasurement } = await app.ok(HARVEST, { id: m.id, v: 3 });
      expect(harvestMeasurement).toMatchObject({ status: 'HARVESTED', version: 4 });
    },
    async invalid(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      // REPORTED → HARVESTED skips validation: refused, and the status stays REPORTED.
      expectRefused(await app.gql(HARVEST, { id: m.id, v: m.version }), 'INVALID_TRANSITION');
      expect((await benefitOf(app, benefit.id, project.id)).measurements).toEqual([
        { fiscalYear: 2026, value: '450000.0000', status: 'REPORTED' },
      ]);
      // Validated but not confirmed by the receiver: refused too.
      await app.ok(VALIDATE, { id: m.id, v: m.version });
      expectRefused(await app.gql(HARVEST, { id: m.id, v: 2 }), 'INVALID_TRANSITION');
    },
  },
  confirmMeasurement: {
    async success(app, { project, municipality, programme }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      await app.ok(VALIDATE, { id: m.id, v: m.version });
      // The receiving municipality's partner confirms with its own reference; no reason needed.
      const receiver = await app.as('PARTNER', municipality.id, [programme.id]);
      const { confirmMeasurement } = await receiver.ok(CONFIRM, { id: m.id, v: 2, ref: 'Budgetaftale 2027, bilag 3' });
      expect(confirmMeasurement).toMatchObject({
        status: 'VALIDATED',
        version: 3,
        confirmationReference: 'Budgetaftale 2027, bilag 3',
        confirmationReason: '',
        confirmedBy: { email: expect.stringMatching(/^partner-/) },
      });
      expect(confirmMeasurement.confirmedAt).not.toBeNull();
    },
    async invalid(app, { project, municipality, lead, programme }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      // Not yet validated.
      expectRefused(
        await app.gql(CONFIRM, { id: m.id, v: m.version, ref: 'Byrådsbeslutning', reason: 'På vegne af kommunen' }),
        'INVALID_TRANSITION',
      );
      await app.ok(VALIDATE, { id: m.id, v: m.version });
      // The programme office (here ADMIN) without a reason; a partner of another organisation at all.
      expectRefused(await app.gql(CONFIRM, { id: m.id, v: 2, ref: 'Byrådsbeslutning' }), 'BAD_USER_INPUT', 'reason');
      const lead_ = await app.as('PARTNER', lead.id, [programme.id]);
      expectRefused(await lead_.gql(CONFIRM, { id: m.id, v: 2, ref: 'Ikke vores budget' }), 'FORBIDDEN');
      expectRefused(await app.gql(CONFIRM, { id: m.id, v: 2, ref: 'x', reason: 'På vegne af kommunen' }), 'BAD_USER_INPUT', 'reference');
      const { measurementsToConfirm } = await app.ok(
        `query($p: ID!) { measurementsToConfirm(programmeId: $p) { id benefit { title project { code } } } }`,
        { p: programme.id },
      );
      expect(measurementsToConfirm.map((x: { id: string }) => x.id)).toContain(m.id);
    },
  },
  deleteMeasurement: {
    async success(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteMeasurement(id: $id, version: $v) }`, { id: m.id, v: m.version });
      expect((await benefitOf(app, benefit.id, project.id)).measurements).toEqual([]);
    },
    async invalid(app, { project, municipality }) {
      const benefit = await addBenefit(app, project.id, municipality.id);
      const m = await recordMeasurement(app, benefit.id);
      await app.ok(VALIDATE, { id: m.id, v: m.version });
      expectRefused(await app.gql(`mutation($id: ID!) { deleteMeasurement(id: $id, version: 2) }`, { id: m.id }), 'INVALID_TRANSITION');
    },
  },
};
