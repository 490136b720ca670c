import {
  PORP_CHECKLIST_2023,
  safeguardFlags,
  type BudgetLine,
  type ChecklistDefinition,
  type LawEnforcementRole,
} from './index';

const withSupplies: BudgetLine[] = [
  { category: 'personnel', description: 'Peers', amountCents: 9_000_000n },
  { category: 'supplies', description: 'Naloxone kits', amountCents: 1_000_000n },
];
const codes = (role: LawEnforcementRole | null, warrantChecks: boolean | null = false, budgetLines = withSupplies) =>
  safeguardFlags({ lawEnforcementRole: role, warrantChecks, budgetLines }, PORP_CHECKLIST_2023).map((f) => f.code);

describe('safeguardFlags', () => {
  it('flags by law-enforcement role', () => {
    expect(codes(null)).toEqual([]);
    expect(codes('NONE')).toEqual([]);
    expect(codes('DATA_ONLY')).toEqual([]);
    expect(codes('PLAIN_CLOTHES_ACCOMPANY')).toEqual([]);
    expect(codes('UNIFORMED_ACCOMPANY')).toEqual(['UNIFORMED_POLICE_ON_VISITS']);
    expect(codes('POLICE_LED')).toEqual(['POLICE_LED', 'UNIFORMED_POLICE_ON_VISITS']);
  });

  it('flags warrant checks only when the answer is yes', () => {
    expect(codes('DATA_ONLY', true)).toEqual(['WARRANT_CHECKS']);
    expect(codes('DATA_ONLY', false)).toEqual([]);
    expect(codes('DATA_ONLY', null)).toEqual([]);
  });

  it('flags a budget without a supplies line that carries money', () => {
    expect(codes('NONE', false, [])).toEqual(['NO_NALOXONE_IN_BUDGET']);
    expect(codes('NONE', false, [withSupplies[0]])).toEqual(['NO_NALOXONE_IN_BUDGET']);
    expect(codes('NONE', false, [withSupplies[0], { ...withSupplies[1], amountCents: 0n }])).toEqual([
      'NO_NALOXONE_IN_BUDGET',
    ]);
  });

  it('lists every flag, in a fixed order, for a police-led program with warrant checks and no naloxone', () => {
    expect(codes('POLICE_LED', true, [])).toEqual([
      'POLICE_LED',
      'UNIFORMED_POLICE_ON_VISITS',
      'WARRANT_CHECKS',
      'NO_NALOXONE_IN_BUDGET',
    ]);
  });

  it('cites the checklist’s sources for each flag', () => {
    const flags = safeguardFlags(
      { lawEnforcementRole: 'POLICE_LED', warrantChecks: true, budgetLines: [] },
      PORP_CHECKLIST_2023,
    );
    const byCode = Object.fromEntries(flags.map((f) => [f.code, f]));
    expect(byCode.POLICE_LED.source.id).toBe('POLICE-PARADOX-2023');
    expect(byCode.UNIFORMED_POLICE_ON_VISITS.source.id).toBe('POLICE-PARADOX-2023');
    // The first source the checklist cites for law-enforcement.no-warrant-checks and for services.naloxone.
    const firstSource = (key: string) => PORP_CHECKLIST_2023.items.find((i) => i.key === key)!.sources[0];
    expect(byCode.WARRANT_CHECKS.source.id).toBe('WARRANTS-2022');
    expect(byCode.WARRANT_CHECKS.source.id).toBe(firstSource('law-enforcement.no-warrant-checks'));
    expect(byCode.NO_NALOXONE_IN_BUDGET.source.id).toBe('MA-POST-2022');
    expect(byCode.NO_NALOXONE_IN_BUDGET.source.id).toBe(firstSource('services.naloxone'));
    expect(byCode.POLICE_LED.source).toEqual({
      id: 'POLICE-PARADOX-2023',
      citation: expect.stringContaining('The police paradox'),
      url: 'https://doi.org/10.1016/j.drugpo.2023.104160',
    });
    for (const flag of flags) {
      const source = PORP_CHECKLIST_2023.sources.find((s) => s.id === flag.source.id)!;
      expect(flag.source.citation).toBe(source.citation);
    }
  });

  it('explains each flag in plain language', () => {
    const flags = safeguardFlags(
      { lawEnforcementRole: 'POLICE_LED', warrantChecks: true, budgetLines: [] },
      PORP_CHECKLIST_2023,
    );
    const message = (code: string) => flags.find((f) => f.code === code)!.message;
    expect(message('UNIFORMED_POLICE_ON_VISITS')).toMatch(/drives survivors away/);
    expect(message('WARRANT_CHECKS')).toMatch(/deter/);
    expect(message('WARRANT_CHECKS')).toContain('law-enforcement.no-warrant-checks');
    expect(message('NO_NALOXONE_IN_BUDGET')).toMatch(/naloxone/);
    expect(message('POLICE_LED')).toMatch(/health or community organization in charge/);
  });

  it('resolves sources from the given checklist, falling back to the 2023 checklist', () => {
    const custom: ChecklistDefinition = {
      ...PORP_CHECKLIST_2023,
      sources: [{ id: 'POLICE-PARADOX-2023', citation: 'Carroll et al., revised citation' }],
    };
    const flags = safeguardFlags(
      { lawEnforcementRole: 'UNIFORMED_ACCOMPANY', warrantChecks: true, budgetLines: [] },
      custom,
    );
    expect(flags.map((f) => f.source)).toEqual([
      { id: 'POLICE-PARADOX-2023', citation: 'Carroll et al., revised citation' },
      PORP_CHECKLIST_2023.sources.find((s) => s.id === 'WARRANTS-2022'),
      PORP_CHECKLIST_2023.sources.find((s) => s.id === 'MA-POST-2022'),
    ]);
  });
});
