import { describe, expect, it } from 'vitest';
import { da } from '../../i18n/da';
import { GraphqlError } from '../../lib/graphql';
import { flattenToleranceFields, newProgrammeValues, programmeInput, validateProgramme, type ProgrammeValues } from './programme-values';

// The page's number style, as format.number gives it in Danish.
const danish = (value: string, decimals: number) =>
  new Intl.NumberFormat('da-DK', { maximumFractionDigits: decimals }).format(Number(value));

const filled = (): ProgrammeValues => ({
  ...newProgrammeValues(danish),
  name: 'Fælles digital velfærd',
  currency: 'EUR',
  fiscalYearStartMonth: '7',
  fundingEnvelope: '40.000.000',
  fteAnnualCost: '75.000',
  hourlyRate: '55,50',
});

describe('programme settings form values', () => {
  it('starts a new programme from the API defaults, in the page number style, and sends them as decimals', () => {
    const values = filled();
    expect(values.discountRate).toBe('0,04');
    expect(validateProgramme(values, da)).toEqual({});
    expect(programmeInput(values, da.locale)).toEqual({
      name: 'Fælles digital velfærd',
      currency: 'EUR',
      periodStartYear: Number(values.periodStartYear),
      periodEndYear: Number(values.periodEndYear),
      fundingEnvelope: '40000000',
      discountRate: '0.04',
      fiscalYearStartMonth: 7,
      fteAnnualCost: '75000',
      hourlyRate: '55.50',
      fundOrganisationId: undefined,
      tolerances: {
        costAmberOverrunRate: '0.05',
        costRedOverrunRate: '0.1',
        costRedOverrunAmount: '6000000',
        scheduleAmberDays: 31,
        scheduleRedDays: 92,
        benefitGreenRate: '0.95',
        benefitAmberRate: '0.8',
        varianceThreshold: '0.05',
      },
    });
  });

  it('names each field that cannot be sent', () => {
    const errors = validateProgramme(
      {
        ...filled(),
        currency: 'kroner',
        periodEndYear: '2020',
        periodStartYear: '2027',
        hourlyRate: '-5',
        discountRate: '1,5',
        scheduleRedDays: 'x',
      },
      da,
    );
    expect(Object.keys(errors).sort()).toEqual(['currency', 'discountRate', 'hourlyRate', 'periodEndYear', 'scheduleRedDays']);
    const tooMany = Array.from({ length: 21 }, (_, i) => `Punkt ${i}`).join('\n');
    expect(validateProgramme({ ...filled(), gateAPPROVED: tooMany }, da).gateAPPROVED).toBe(da.admin.checklistLimits);
  });

  it('sends only the gate checklists that changed, one item per non-empty line', () => {
    const loaded = { ...filled(), gateAPPROVED: 'APPROVED_BASELINE', gateCLOSED: 'Gevinstrapport' };
    expect(programmeInput(loaded, da.locale, loaded)).not.toHaveProperty('gateChecklists');
    const edited = { ...loaded, gateCLOSED: 'Gevinstrapport\n\n  Overdragelse til drift  \n' };
    expect(programmeInput(edited, da.locale, loaded).gateChecklists).toEqual([
      { toPhase: 'CLOSED', items: ['Gevinstrapport', 'Overdragelse til drift'] },
    ]);
  });

  it('puts the server’s tolerance refusals on the form’s own fields', () => {
    const error = new GraphqlError('Invalid input', 'BAD_USER_INPUT', [
      { field: 'input.tolerances.scheduleAmberDays', reason: 'må ikke overstige …' },
      { field: 'input.name', reason: 'skal udfyldes' },
    ]);
    expect((flattenToleranceFields(error) as GraphqlError).fields.map((f) => f.field)).toEqual(['input.scheduleAmberDays', 'input.name']);
    const other = new Error('network');
    expect(flattenToleranceFields(other)).toBe(other);
  });
});
