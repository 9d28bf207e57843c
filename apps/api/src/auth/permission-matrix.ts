// The reviewed permission table: who may call each query, mutation and export route. The matrix test
// calls every operation of schema.gql (and every export route) as each role and compares with this
// table; an operation missing here fails the test, so a new one needs a decision in review.
//
// Columns: anonymous, ADMIN, PROGRAMME_OFFICE, PARTNER, VIEWER, AUDITOR. "Y" allowed, "-" denied.
// PARTNER writes are further limited to projects their organisation takes part in (partner-scope.ts),
// and draft status reports of other partners are invisible to them (row-level security).

export const MATRIX_ROLES = ['ANONYMOUS', 'ADMIN', 'PROGRAMME_OFFICE', 'PARTNER', 'VIEWER', 'AUDITOR'] as const;

export const PERMISSION_MATRIX: Record<string, string> = {
  //                                  anon admin office partner viewer auditor
  'query auditEvents':               '-    Y     Y      -       -      Y',
  'query baselineDiff':              '-    Y     Y      Y       Y      Y',
  'query businessCase':              '-    Y     Y      Y       Y      Y',
  'query me':                        '-    Y     Y      Y       Y      Y',
  'query organisation':              '-    Y     Y      Y       Y      Y',
  'query organisations':             '-    Y     Y      Y       Y      Y',
  'query portfolioSummary':          '-    Y     Y      Y       Y      Y',
  'query programme':                 '-    Y     Y      Y       Y      Y',
  'query programmes':                '-    Y     Y      Y       Y      Y',
  'query project':                   '-    Y     Y      Y       Y      Y',
  'query projects':                  '-    Y     Y      Y       Y      Y',
  'query rankProposals':             '-    Y     Y      Y       Y      Y',
  'query users':                     '-    Y     -      -       -      -',
  'query verifyAuditChain':          '-    Y     -      -       -      Y',
  'query wrongPocket':               '-    Y     Y      Y       Y      Y',

  'mutation login':                  'Y    Y     Y      Y       Y      Y',
  'mutation acceptInvitation':       'Y    Y     Y      Y       Y      Y',
  'query signInOptions':             'Y    Y     Y      Y       Y      Y',
  'mutation completeSignIn':         'Y    Y     Y      Y       Y      Y',
  'mutation logout':                 '-    Y     Y      Y       Y      Y',
  'mutation inviteUser':             '-    Y     Y      -       -      -',
  'mutation grantMembership':        '-    Y     Y      -       -      -',
  'mutation revokeMembership':       '-    Y     Y      -       -      -',
  'mutation changeUserRole':         '-    Y     -      -       -      -',
  'mutation deactivateUser':         '-    Y     -      -       -      -',

  'mutation createProgramme':        '-    Y     -      -       -      -',
  'mutation updateProgramme':        '-    Y     Y      -       -      -',
  'mutation deleteProgramme':        '-    Y     -      -       -      -',
  'mutation createTrack':            '-    Y     Y      -       -      -',
  'mutation updateTrack':            '-    Y     Y      -       -      -',
  'mutation deleteTrack':            '-    Y     Y      -       -      -',
  'mutation createOrganisation':     '-    Y     Y      -       -      -',
  'mutation updateOrganisation':     '-    Y     Y      -       -      -',
  'mutation deleteOrganisation':     '-    Y     Y      -       -      -',
  'mutation createProject':          '-    Y     Y      -       -      -',
  'mutation deleteProject':          '-    Y     Y      -       -      -',
  'mutation addParticipation':       '-    Y     Y      -       -      -',
  'mutation updateParticipation':    '-    Y     Y      -       -      -',
  'mutation removeParticipation':    '-    Y     Y      -       -      -',
  'mutation validateMeasurement':    '-    Y     Y      -       -      -',
  'mutation harvestMeasurement':     '-    Y     Y      -       -      -',
  'mutation approveBaseline':        '-    Y     Y      -       -      -',
  'mutation approveStatusReport':    '-    Y     Y      -       -      -',
  'mutation returnStatusReport':     '-    Y     Y      -       -      -',

  'mutation updateProject':          '-    Y     Y      Y       -      -',
  'mutation addBudgetLine':          '-    Y     Y      Y       -      -',
  'mutation updateBudgetLine':       '-    Y     Y      Y       -      -',
  'mutation deleteBudgetLine':       '-    Y     Y      Y       -      -',
  'mutation saveBudgetGrid':         '-    Y     Y      Y       -      -',
  'mutation recordCost':             '-    Y     Y      Y       -      -',
  'mutation updateCostActual':       '-    Y     Y      Y       -      -',
  'mutation deleteCostActual':       '-    Y     Y      Y       -      -',
  'mutation addBenefit':             '-    Y     Y      Y       -      -',
  'mutation updateBenefit':          '-    Y     Y      Y       -      -',
  'mutation deleteBenefit':          '-    Y     Y      Y       -      -',
  'mutation recordMeasurement':      '-    Y     Y      Y       -      -',
  'mutation updateMeasurement':      '-    Y     Y      Y       -      -',
  'mutation deleteMeasurement':      '-    Y     Y      Y       -      -',
  'mutation addMilestone':           '-    Y     Y      Y       -      -',
  'mutation updateMilestone':        '-    Y     Y      Y       -      -',
  'mutation deleteMilestone':        '-    Y     Y      Y       -      -',
  'mutation addAdoption':            '-    Y     Y      Y       -      -',
  'mutation updateAdoption':         '-    Y     Y      Y       -      -',
  'mutation deleteAdoption':         '-    Y     Y      Y       -      -',
  'mutation createStatusReport':     '-    Y     Y      Y       -      -',
  'mutation updateStatusReport':     '-    Y     Y      Y       -      -',
  'mutation submitStatusReport':     '-    Y     Y      Y       -      -',

  'GET /exports/programmes/:id/:table.csv': '-    Y     Y      Y       Y      Y',
  'GET /exports/programmes/:id/portfolio.xlsx': '- Y   Y      Y       Y      Y',
  'GET /exports/programmes/:id/portfolio.pdf': '- Y  Y      Y       Y      Y',
  'GET /exports/programmes/:id/portfolio.json': 'Y Y   Y      Y       Y      Y',
  'GET /exports/programmes/:id/iati.xml': '-    Y     Y      Y       Y      Y',
  'GET /exports/audit.xlsx':         '-    Y     -      -       -      Y',
  'GET /exports/audit.csv':          '-    Y     -      -       -      Y',
  'GET /imports/programmes/:id/template.xlsx': '-    Y     Y      -       -      -',
  'POST /imports/programmes/:id/portfolio.xlsx': '-    Y     Y      -       -      -',
  'GET /auth/oidc/login':            'Y    Y     Y      Y       Y      Y',
  'GET /auth/oidc/callback':         'Y    Y     Y      Y       Y      Y',
  'GET /health/live':                'Y    Y     Y      Y       Y      Y',
  'GET /health/ready':               'Y    Y     Y      Y       Y      Y',
};

/** Whether the table allows `role` (or anonymous) to call `operation`; undefined when not listed. */
export function allowedByMatrix(operation: string, role: (typeof MATRIX_ROLES)[number]): boolean | undefined {
  const row = PERMISSION_MATRIX[operation];
  if (row === undefined) return undefined;
  return row.trim().split(/\s+/)[MATRIX_ROLES.indexOf(role)] === 'Y';
}
