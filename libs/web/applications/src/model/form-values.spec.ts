import { describe, expect, it } from 'vitest';
import { fieldId } from './field-ids';
import { buildInput, fromServer, partOfInputField, partProblem, type FormValues } from './form-values';

const empty = {
  title: null,
  summary: null,
  requestedCents: null,
  lawEnforcementRole: null,
  warrantChecks: null,
  responses: [],
  budgetLines: [],
  targets: [],
};

const valuesWith = (patch: Partial<FormValues>): FormValues => ({ ...fromServer(empty), ...patch });

describe('buildInput', () => {
  it('sends only the parts named, converted for the API', () => {
    const values = valuesWith({
      title: 'Reach after overdose',
      requested: '50,000',
      warrantChecks: 'no',
      responses: {
        'services.naloxone': { narrative: 'Every visit', selfRating: '2' },
        'services.equity': { narrative: 'x', selfRating: '' },
      },
    });
    const { input, responseOrder } = buildInput(values, [
      'requestedCents',
      'warrantChecks',
      'responses.services.naloxone',
    ]);
    expect(input).toEqual({
      requestedCents: '5000000',
      warrantChecks: false,
      responses: [{ itemKey: 'services.naloxone', narrative: 'Every visit', selfRating: 2 }],
    });
    expect(responseOrder).toEqual(['services.naloxone']);
  });

  it('clears a blank answer with null', () => {
    const { input } = buildInput(valuesWith({ title: '  ', requested: '' }), [
      'title',
      'requestedCents',
      'lawEnforcementRole',
    ]);
    expect(input).toEqual({ title: null, requestedCents: null, lawEnforcementRole: null });
  });
});

describe('partProblem', () => {
  it('holds back a budget with an unfinished line', () => {
    const values = valuesWith({
      budgetLines: [
        { rowId: 'a', category: 'supplies', description: 'Naloxone', amount: '1000' },
        { rowId: 'b', category: 'travel', description: '', amount: '' },
      ],
    });
    expect(partProblem(values, 'budgetLines')).toMatch(/line 2/);
    expect(partProblem(valuesWith({ budgetLines: values.budgetLines.slice(0, 1) }), 'budgetLines')).toBeNull();
  });

  it('holds back an amount that is not dollars, and an over-long narrative', () => {
    expect(partProblem(valuesWith({ requested: 'lots' }), 'requestedCents')).toMatch(/dollars/);
    expect(
      partProblem(valuesWith({ responses: { k: { narrative: 'x'.repeat(5001), selfRating: '' } } }), 'responses.k'),
    ).toMatch(/5,000/);
  });

  it('holds back targets without a metric or with a repeated one', () => {
    const row = (metricKey: string, value: string) => ({ rowId: metricKey + value, metricKey, value });
    expect(partProblem(valuesWith({ targets: [row('', '5')] }), 'targets')).toMatch(/metric/);
    expect(
      partProblem(valuesWith({ targets: [row('naloxone_kits', '5'), row('naloxone_kits', '6')] }), 'targets'),
    ).toMatch(/one target/);
    expect(partProblem(valuesWith({ targets: [row('naloxone_kits', '5.5')] }), 'targets')).toBeNull();
  });
});

describe('partOfInputField', () => {
  it('maps API error paths back to the part sent', () => {
    const built = { responseOrder: ['services.naloxone', 'services.equity'] };
    expect(partOfInputField('input.responses.1.itemKey', built)).toBe('responses.services.equity');
    expect(partOfInputField('input.budgetLines.0.category', built)).toBe('budgetLines');
    expect(partOfInputField('input.title', built)).toBe('title');
    expect(partOfInputField('version', built)).toBeNull();
  });
});

describe('fieldId', () => {
  it('derives element ids from validation paths', () => {
    expect(fieldId('responses.law-enforcement.no-warrant-checks.narrative')).toBe(
      'responses__law-enforcement__no-warrant-checks__narrative',
    );
    expect(fieldId('budgetLines.0.amountCents')).toBe('budgetLines__0__amountCents');
    expect(fieldId('title')).toBe('title');
  });
});
