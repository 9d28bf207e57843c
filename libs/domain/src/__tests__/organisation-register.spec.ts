import { identifierKind, identifierProblem, referenceOrganisations } from '../organisation-register.js';

describe('organisation register: identifier kinds and reference data', () => {
  it('reads the kind from the country and the shape', () => {
    expect(identifierKind('DK', '29190925')).toBe('CVR');
    expect(identifierKind('DK', '751')).toBe('DK_MUNICIPALITY');
    expect(identifierKind('DK', '1084')).toBe('DK_REGION');
    expect(identifierKind('NO', '974760673')).toBe('ORG_NR');
    expect(identifierKind('NO', '0301')).toBe('NO_MUNICIPALITY');
    expect(identifierKind('DK', '974760673')).toBeNull();
    expect(identifierKind('NO', '751')).toBeNull();
  });

  it('accepts valid register numbers for any sector and refuses a wrong check digit at the identifier', () => {
    expect(identifierProblem('DK', 'STATE', '29190925')).toBeNull();
    expect(identifierProblem('DK', 'MUNICIPALITY', '29190925')).toBeNull();
    expect(identifierProblem('DK', 'STATE', '29190926')).toEqual({ field: 'identifier', message: expect.stringContaining('check digit') });
    expect(identifierProblem('NO', 'PRIVATE', '974760673')).toBeNull();
    expect(identifierProblem('NO', 'STATE', '974760672')?.field).toBe('identifier');
  });

  it('checks municipality and region codes against the lists and the sector against the kind', () => {
    expect(identifierProblem('DK', 'MUNICIPALITY', '751')).toBeNull();
    expect(identifierProblem('DK', 'MUNICIPALITY', '752')?.message).toContain('98 Danish municipality codes');
    expect(identifierProblem('DK', 'STATE', '751')).toEqual({ field: 'sector', message: expect.stringContaining('MUNICIPALITY') });
    expect(identifierProblem('DK', 'REGION', '1081')).toBeNull();
    expect(identifierProblem('DK', 'REGION', '1086')?.field).toBe('identifier');
    expect(identifierProblem('DK', 'MUNICIPALITY', '1082')).toEqual({ field: 'sector', message: expect.stringContaining('REGION') });
    expect(identifierProblem('NO', 'MUNICIPALITY', '0301')).toBeNull();
    expect(identifierProblem('NO', 'MUNICIPALITY', '0302')?.field).toBe('identifier');
    expect(identifierProblem('NO', 'JOINT_BODY', '5001')?.field).toBe('sector');
    expect(identifierProblem('DK', 'STATE', 'ABC-123')?.message).toContain('CVR number (8 digits)');
  });

  it('ships 5 regions and 98 municipalities for Denmark and 357 municipalities for Norway, each valid by its own rules', () => {
    const dk = referenceOrganisations('DK');
    const no = referenceOrganisations('NO');
    expect(dk.filter((o) => o.kind === 'DK_REGION')).toHaveLength(5);
    expect(dk.filter((o) => o.kind === 'DK_MUNICIPALITY')).toHaveLength(98);
    expect(no).toHaveLength(357);
    for (const o of [...dk, ...no]) expect(identifierProblem(o.country, o.sector, o.identifier)).toBeNull();
    expect(new Set(dk.map((o) => o.identifier)).size).toBe(dk.length);
    expect(new Set(no.map((o) => o.identifier)).size).toBe(no.length);
    expect(dk).toContainEqual(expect.objectContaining({ identifier: '101', name: 'Københavns Kommune', area: 'Region Hovedstaden' }));
    expect(dk).toContainEqual(expect.objectContaining({ identifier: '751', name: 'Aarhus Kommune', area: 'Region Midtjylland' }));
    expect(no).toContainEqual(expect.objectContaining({ identifier: '5610', name: 'Kárášjohka – Karasjok kommune', area: 'Finnmark' }));
    expect(no.every((o) => o.area !== null)).toBe(true);
  });
});
