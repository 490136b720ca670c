import { PORP_CHECKLIST_2023, validateApplication, type ApplicationAnswers, type RoundTerms } from './index';

const round: RoundTerms = { minAwardCents: 5_000_000n, maxAwardCents: 25_000_000n };
const checklist = PORP_CHECKLIST_2023;
const longNarrative = (title: string) =>
  `${title}: our peer recovery coaches and outreach nurse describe here, concretely and with the policy we already follow, how the program meets this practice, who is responsible for it, and how we check each quarter that it holds in practice.`;

/** A complete, valid application: $150,000 requested, $150,000 budgeted. */
function complete(): ApplicationAnswers {
  return {
    title: 'Riverside County post-overdose outreach',
    summary: 'Peer-led outreach within 72 hours of every overdose reported by EMS and emergency departments.',
    requestedCents: 15_000_000n,
    lawEnforcementRole: 'DATA_ONLY',
    warrantChecks: false,
    responses: checklist.items.map((item) => ({
      itemKey: item.key,
      narrative: longNarrative(item.title),
      selfRating: 2,
    })),
    budgetLines: [
      { category: 'personnel', description: 'Two peer recovery coaches', amountCents: 10_000_000n },
      { category: 'supplies', description: 'Naloxone kits and fentanyl test strips', amountCents: 3_000_000n },
      { category: 'indirect', description: 'Indirect costs at 15%', amountCents: 2_000_000n },
    ],
    targets: [
      { metricKey: 'naloxone_kits', value: 400 },
      { metricKey: 'median_hours_to_first_attempt', value: 48.5 },
    ],
  };
}

const validate = (answers: ApplicationAnswers) => validateApplication(answers, checklist, round);
const response = (answers: ApplicationAnswers, key: string) => answers.responses.find((r) => r.itemKey === key)!;

describe('validateApplication', () => {
  it('finds nothing wrong with a complete application against the 2023 checklist', () => {
    const answers = complete();
    expect(answers.responses.every((r) => r.narrative.length >= 200)).toBe(true);
    expect(validate(answers)).toEqual({ errors: [], warnings: [] });
  });

  describe('errors', () => {
    it('requires a title that is not blank', () => {
      for (const title of [null, '', '   ']) {
        expect(validate({ ...complete(), title }).errors).toEqual([
          { field: 'title', message: 'Give the application a title' },
        ]);
      }
    });

    it('requires a summary', () => {
      for (const summary of [null, ' \n ']) {
        expect(validate({ ...complete(), summary }).errors).toEqual([
          { field: 'summary', message: 'Write a short summary of the program' },
        ]);
      }
    });

    it('requires the requested amount, within the round’s award range (stated in dollars)', () => {
      expect(validate({ ...complete(), requestedCents: null }).errors).toEqual([
        { field: 'requestedCents', message: 'Enter the amount requested (between $50,000 and $250,000)' },
      ]);
      const outOfRange = { field: 'requestedCents', message: 'Requested amount must be between $50,000 and $250,000' };
      for (const requestedCents of [4_999_999n, 25_000_001n, 0n, -100n]) {
        const errors = validate({ ...complete(), requestedCents }).errors;
        expect(errors[0]).toEqual(outOfRange);
      }
    });

    it('accepts the range’s ends', () => {
      for (const requestedCents of [round.minAwardCents, round.maxAwardCents]) {
        const answers = { ...complete(), requestedCents };
        answers.budgetLines = [{ category: 'supplies', description: 'Naloxone', amountCents: requestedCents }];
        expect(validate(answers).errors).toEqual([]);
      }
    });

    it('requires the law-enforcement role and the warrant-check answer', () => {
      expect(validate({ ...complete(), lawEnforcementRole: null, warrantChecks: null }).errors).toEqual([
        { field: 'lawEnforcementRole', message: 'Say what role, if any, law enforcement has in the program' },
        { field: 'warrantChecks', message: 'Say whether the program checks survivors for warrants' },
      ]);
      expect(validate({ ...complete(), lawEnforcementRole: 'SHERIFF' as never }).errors.map((e) => e.field)).toEqual([
        'lawEnforcementRole',
      ]);
      // true is an answer (a safeguard flag, not a validation error).
      expect(validate({ ...complete(), warrantChecks: true, lawEnforcementRole: 'POLICE_LED' }).errors).toEqual([]);
    });

    it('requires a narrative and a self-rating for every checklist item, naming the item', () => {
      const answers = complete();
      answers.responses = answers.responses.filter((r) => r.itemKey !== 'services.naloxone');
      expect(validate(answers).errors).toEqual([
        {
          field: 'responses.services.naloxone.narrative',
          message: 'Describe how the program meets "Naloxone at every contact"',
        },
        {
          field: 'responses.services.naloxone.selfRating',
          message: 'Rate the program on "Naloxone at every contact" (0-3)',
        },
      ]);
    });

    it('rejects a blank narrative and a missing or off-scale self-rating', () => {
      const answers = complete();
      response(answers, 'governance.health-led').narrative = '  \n\t ';
      response(answers, 'staffing.peers').selfRating = null;
      response(answers, 'staffing.support').selfRating = 4;
      response(answers, 'visit-methods.timely').selfRating = 1.5;
      expect(validate(answers).errors).toEqual([
        {
          field: 'responses.governance.health-led.narrative',
          message: 'Describe how the program meets "Health-led program"',
        },
        {
          field: 'responses.staffing.peers.selfRating',
          message: 'Rate the program on "Peer workers on the team" (0-3)',
        },
        {
          field: 'responses.staffing.support.selfRating',
          message: 'The rating for "Support for staff wellbeing" must be a whole number from 0 to 3',
        },
        {
          field: 'responses.visit-methods.timely.selfRating',
          message: 'The rating for "First contact within 72 hours" must be a whole number from 0 to 3',
        },
      ]);
      response(answers, 'staffing.support').selfRating = 0;
      expect(validate(answers).errors.map((e) => e.field)).not.toContain('responses.staffing.support.selfRating');
    });

    it('rejects responses for items the checklist does not have, and a second response for an item', () => {
      const answers = complete();
      answers.responses.push({ itemKey: 'services.housing-first', narrative: 'x', selfRating: 3 });
      answers.responses.push({ itemKey: 'services.naloxone', narrative: longNarrative('again'), selfRating: 3 });
      expect(validate(answers).errors).toEqual([
        {
          field: 'responses.services.naloxone.narrative',
          message: '"Naloxone at every contact" is answered more than once',
        },
        {
          field: 'responses.services.housing-first.narrative',
          message: '"services.housing-first" is not an item of checklist porp-best-practice 2023.1',
        },
      ]);
    });

    it('requires at least one budget line', () => {
      const { errors, warnings } = validate({ ...complete(), budgetLines: [] });
      expect(errors).toEqual([{ field: 'budgetLines', message: 'Add at least one budget line' }]);
      expect(warnings).toContainEqual({
        field: 'budgetLines',
        message: 'No supplies line: naloxone and harm-reduction supplies are a critical item',
      });
    });

    it('checks each budget line: a positive whole amount, a description, a known category', () => {
      const answers = complete();
      answers.requestedCents = 15_000_000n;
      answers.budgetLines = [
        { category: 'personnel', description: 'Peers', amountCents: 15_000_000n },
        { category: 'supplies', description: 'Naloxone', amountCents: 0n },
        { category: 'supplies', description: 'Test strips', amountCents: -500n },
        { category: 'supplies', description: 'Outreach cards', amountCents: 10.5 as unknown as bigint },
        { category: 'construction', description: ' ', amountCents: 1_500n }, // the lines still total $150,000
        { category: '', description: 'Misc', amountCents: -1_000n },
        { category: 'supplies', description: 'Naloxone kits', amountCents: -10.5 as unknown as bigint },
      ];
      expect(validate(answers).errors).toEqual([
        {
          field: 'budgetLines.1.amountCents',
          message: 'Budget line 2: the amount must be more than $0, in whole cents',
        },
        {
          field: 'budgetLines.2.amountCents',
          message: 'Budget line 3: the amount must be more than $0, in whole cents',
        },
        {
          field: 'budgetLines.3.amountCents',
          message: 'Budget line 4: the amount must be more than $0, in whole cents',
        },
        { field: 'budgetLines.4.description', message: 'Budget line 5: describe what the money pays for' },
        { field: 'budgetLines.4.category', message: 'Budget line 5: unknown budget category "construction"' },
        {
          field: 'budgetLines.5.amountCents',
          message: 'Budget line 6: the amount must be more than $0, in whole cents',
        },
        { field: 'budgetLines.5.category', message: 'Budget line 6: choose a budget category' },
        {
          field: 'budgetLines.6.amountCents',
          message: 'Budget line 7: the amount must be more than $0, in whole cents',
        },
      ]);
    });

    it('requires the budget to add up to the requested amount, giving both in dollars', () => {
      const answers = complete();
      answers.budgetLines[2].amountCents = 1_000_050n; // 100,000 + 30,000 + 10,000.50
      expect(validate(answers).errors).toEqual([
        {
          field: 'budgetLines',
          message: 'The budget lines add up to $140,000.50 but the requested amount is $150,000; they must match',
        },
      ]);
      answers.budgetLines[2].amountCents = 2_000_000n;
      answers.requestedCents = 20_000_000n;
      expect(validate(answers).errors).toEqual([
        {
          field: 'budgetLines',
          message: 'The budget lines add up to $150,000 but the requested amount is $200,000; they must match',
        },
      ]);
    });

    it('checks outcome targets: a known metric and a finite value of 0 or more', () => {
      const answers = complete();
      answers.targets = [
        { metricKey: 'naloxone_kits', value: 0 },
        { metricKey: 'lives_saved', value: 10 },
        { metricKey: 'survivors_reached', value: -1 },
        { metricKey: 'moud_starts', value: Number.NaN },
        { metricKey: 'test_strips', value: Number.POSITIVE_INFINITY },
      ];
      expect(validate(answers).errors).toEqual([
        { field: 'targets.1.metricKey', message: 'Target 2: unknown metric "lives_saved"' },
        { field: 'targets.2.value', message: 'Target 3: the target must be a number of 0 or more' },
        { field: 'targets.3.value', message: 'Target 4: the target must be a number of 0 or more' },
        { field: 'targets.4.value', message: 'Target 5: the target must be a number of 0 or more' },
      ]);
    });

    it('lists errors in form order', () => {
      const draft: ApplicationAnswers = {
        title: null,
        summary: null,
        requestedCents: null,
        lawEnforcementRole: null,
        warrantChecks: null,
        responses: [{ itemKey: 'no-such-item', narrative: '', selfRating: null }],
        budgetLines: [{ category: 'rent', description: '', amountCents: 0n }],
        targets: [{ metricKey: 'nope', value: -1 }],
      };
      expect(validate(draft).errors.map((e) => e.field)).toEqual([
        'title',
        'summary',
        'requestedCents',
        'lawEnforcementRole',
        'warrantChecks',
        ...checklist.items.flatMap((item) => [`responses.${item.key}.narrative`, `responses.${item.key}.selfRating`]),
        'responses.no-such-item.narrative',
        'budgetLines.0.amountCents',
        'budgetLines.0.description',
        'budgetLines.0.category',
        'targets.0.metricKey',
        'targets.0.value',
      ]);
    });
  });

  describe('warnings (advice that does not block)', () => {
    it('warns about a narrative under 200 characters, naming the item', () => {
      const answers = complete();
      response(answers, 'services.naloxone').narrative = `  ${'n'.repeat(199)}  `;
      response(answers, 'staffing.peers').narrative = 'p'.repeat(200);
      const { errors, warnings } = validate(answers);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([
        {
          field: 'responses.services.naloxone.narrative',
          message:
            '"Naloxone at every contact": the narrative is very short — reviewers score what is written (199 characters; aim for at least 200)',
        },
      ]);
    });

    it('warns when the budget has no supplies line', () => {
      const answers = complete();
      answers.budgetLines[1].category = 'contractual';
      const { errors, warnings } = validate(answers);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([
        { field: 'budgetLines', message: 'No supplies line: naloxone and harm-reduction supplies are a critical item' },
      ]);
    });

    it('warns when there are no outcome targets', () => {
      const { errors, warnings } = validate({ ...complete(), targets: [] });
      expect(errors).toEqual([]);
      expect(warnings).toEqual([
        {
          field: 'targets',
          message:
            'No outcome targets: set targets for the standard quarterly metrics so reviewers can score the evaluation plan',
        },
      ]);
    });

    it('lists warnings in form order', () => {
      const answers = { ...complete(), targets: [], budgetLines: [] };
      response(answers, 'visit-methods.timely').narrative = 'Within 72 hours.';
      response(answers, 'governance.health-led').narrative = 'Led by the health department.';
      expect(validate(answers).warnings.map((w) => w.field)).toEqual([
        'responses.governance.health-led.narrative',
        'responses.visit-methods.timely.narrative',
        'budgetLines',
        'targets',
      ]);
    });
  });
});
