import type { CommonComponent } from '../generated/graphql';

/** Proper names of the common components: the same in every language. */
export const COMPONENT_NAMES: Record<CommonComponent, string> = {
  ALTINN: 'Altinn',
  BORGER_DK: 'borger.dk',
  CPR: 'CPR',
  CVR: 'CVR',
  DIGITAL_POST: 'Digital Post',
  FOLKEREGISTERET: 'Folkeregisteret',
  ID_PORTEN: 'ID-porten',
  KOMBIT_SHARED_SYSTEMS: 'KOMBIT fælles systemer',
  MITID: 'MitID',
  NEMKONTO: 'NemKonto',
  NEMLOG_IN: 'NemLog-in',
};
