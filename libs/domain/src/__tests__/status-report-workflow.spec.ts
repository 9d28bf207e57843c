import { STATUS_REPORT_STATES } from '../enums.js';
import { canMoveStatusReport, isStatusReportEditable, periodBounds } from '../status-report-workflow.js';

describe('status report workflow', () => {
  it('allows exactly DRAFT→SUBMITTED, SUBMITTED→APPROVED|RETURNED, RETURNED→SUBMITTED', () => {
    const allowed = STATUS_REPORT_STATES.flatMap((from) =>
      STATUS_REPORT_STATES.filter((to) => canMoveStatusReport(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['DRAFT→SUBMITTED', 'SUBMITTED→APPROVED', 'SUBMITTED→RETURNED', 'RETURNED→SUBMITTED']);
  });

  it('lets the author edit only drafts and returned reports', () => {
    expect(STATUS_REPORT_STATES.filter(isStatusReportEditable)).toEqual(['DRAFT', 'RETURNED']);
  });

  it('maps half-year periods to dates', () => {
    expect(periodBounds('2026-H1')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodBounds('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodBounds('2026-Q1')).toBeUndefined();
  });
});
