import { describe, expect, it } from 'vitest';
import { draftModel } from './draft-model';
import { fromServer, type EditorApplication } from './form-values';

// The autosave itself (debounce, retries, CONFLICT, the copy on the device) is
// tested with the shared controller in @abate/web/core; this is the application's side.

const ITEM_KEYS = ['services.naloxone', 'services.equity'];

function application(patch: Partial<EditorApplication> = {}): EditorApplication {
  return {
    id: 'app-1',
    status: 'DRAFT',
    version: 1,
    title: null,
    summary: null,
    requestedCents: null,
    lawEnforcementRole: null,
    warrantChecks: null,
    responses: [],
    budgetLines: [],
    budgetTotalCents: '0',
    targets: [],
    validation: { errors: [], warnings: [] },
    safeguardFlags: [],
    activity: [],
    trackingId: null,
    submittedAt: null,
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...patch,
  };
}

describe('draftModel', () => {
  const model = draftModel(ITEM_KEYS);

  it('saves the fixed parts and one part per checklist item', () => {
    expect(model.parts).toEqual([
      'title',
      'summary',
      'requestedCents',
      'lawEnforcementRole',
      'warrantChecks',
      'budgetLines',
      'targets',
      'responses.services.naloxone',
      'responses.services.equity',
    ]);
  });

  it('takes saves while the application is a draft, with its version and time', () => {
    expect(model.isEditable(application())).toBe(true);
    expect(model.isEditable(application({ status: 'SUBMITTED' }))).toBe(false);
    expect(model.version(application({ version: 7 }))).toBe(7);
    expect(model.savedAt(application())).toBe('2026-01-01T10:00:00.000Z');
  });

  it('builds partial input and maps an API error path back to the part sent', () => {
    const values = {
      ...fromServer(application()),
      title: 'Reach',
      responses: { 'services.equity': { narrative: 'Yes', selfRating: '1' } },
    };
    const { input, partOfField } = model.buildInput(values, ['title', 'responses.services.equity']);
    expect(input).toEqual({
      title: 'Reach',
      responses: [{ itemKey: 'services.equity', narrative: 'Yes', selfRating: 1 }],
    });
    expect(partOfField('input.responses.0.itemKey')).toBe('responses.services.equity');
    expect(partOfField('input.title')).toBe('title');
    expect(partOfField('version')).toBeNull();
  });

  it('reads a stored part defensively', () => {
    const values = fromServer(application());
    expect(model.withPartValue(values, 'warrantChecks', 'maybe').warrantChecks).toBe('');
    const budget = model.withPartValue(values, 'budgetLines', [
      { category: 'supplies', description: 'Kits', amount: '1,000' },
      'junk',
    ]);
    expect(model.partValue(budget, 'budgetLines')).toEqual([
      { category: 'supplies', description: 'Kits', amount: '1,000' },
      { category: '', description: '', amount: '' },
    ]);
    expect(model.partProblem(model.withPartValue(values, 'requestedCents', 'lots'), 'requestedCents')).toMatch(
      /dollars/,
    );
  });
});
