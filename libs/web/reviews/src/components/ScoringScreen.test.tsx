import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { advanceTimers, fakeAutosaveClock, type MockHandler, renderWithApi, saveStatus } from '@abate/web/testing';
import type { AssignmentData, ReviewedApplication } from '../hooks/useReviewAssignment';
import { commentInputId, itemFieldsetId, ratingInputId } from '../model/review-form';
import { ScoringScreen } from './ScoringScreen';

const items = [
  { key: 'outreach_plan', domain: 'approach', title: 'Outreach plan', critical: true },
  { key: 'peer_staff', domain: 'approach', title: 'Peer staff', critical: false },
].map((item) => ({ ...item, description: 'What it asks.', reviewerGuidance: null, weight: 2, sources: [] }));

const data = {
  __typename: 'ReviewAssignment',
  id: 'assignment-1',
  status: 'IN_PROGRESS',
  version: 4,
  scores: [],
  overallComment: null,
  ratedCount: 0,
  submittedAt: null,
  applicationId: 'application-1',
  organizationName: 'Wake County',
  conflictExplanation: null,
  declaredAt: '2027-03-01T15:00:00.000Z',
  round: {
    id: 'round-1',
    title: 'PORP 2027',
    status: 'REVIEW',
    closesAtLocal: '2027-02-26 5:00 PM EST',
    checklist: {
      id: 'c1',
      key: 'porp',
      version: '2023.1',
      title: 'PORP checklist',
      domains: [{ key: 'approach', title: 'Approach' }],
      items,
      scale: [0, 1, 2, 3].map((value) => ({
        value,
        label: ['Missing', 'Partial', 'Meets', 'Exceeds'][value],
        meaning: '',
      })),
    },
  },
} as unknown as AssignmentData;

const application = {
  id: 'application-1',
  title: 'Peer outreach after overdose',
  summary: 'Peers visit within 72 hours.',
  requestedCents: '10000000',
  lawEnforcementRole: 'NONE',
  warrantChecks: false,
  responses: [],
  budgetLines: [],
  budgetTotalCents: '0',
  targets: [],
  safeguardFlags: [],
  attachments: [],
} as unknown as ReviewedApplication;

/** The saved review as the API returns it after a save. */
const savedReview = (version: number, variables: Record<string, unknown>) => {
  const input = variables['input'] as { scores?: Array<{ itemKey: string; rating: number; comment: string }> };
  return {
    data: {
      saveReview: {
        __typename: 'ReviewAssignment',
        id: 'assignment-1',
        status: 'IN_PROGRESS',
        version: version + 1,
        scores: (input.scores ?? []).map((s) => ({ __typename: 'ItemScore', ...s })),
        overallComment: null,
        ratedCount: input.scores?.length ?? 0,
        submittedAt: null,
      },
    },
  };
};

function setUp(api: MockHandler) {
  const rendered = renderWithApi(
    <ScoringScreen
      data={data}
      application={application}
      roundHref="/review/rounds/round-1"
      signInHref="/sign-in"
      onSubmitted={vi.fn()}
      onReloadPage={vi.fn()}
    />,
    { api },
  );
  const byId = (id: string) => rendered.container.querySelector<HTMLElement>(`#${id}`)!;
  const rate = (itemKey: string, value: number) => fireEvent.click(byId(ratingInputId(itemKey, value)));
  const comment = (itemKey: string, text: string) =>
    fireEvent.change(byId(commentInputId(itemKey)), { target: { value: text } });
  return { ...rendered, byId, rate, comment };
}

fakeAutosaveClock('2027-03-02T15:45:00.000Z');

describe('ScoringScreen error states', () => {
  it('keeps a 0 without a comment on this device, says why beside the item, and sends nothing', async () => {
    const { rate, byId, calls } = setUp(() => ({ errors: [{ code: 'INTERNAL', message: 'should not be called' }] }));
    rate('outreach_plan', 0);
    await advanceTimers(5_000);
    expect(calls).toEqual([]);
    const item = byId(itemFieldsetId('outreach_plan'));
    expect(within(item).getByText('A rating of 0 needs a comment saying what is missing')).toBeInTheDocument();
    expect(byId(commentInputId('outreach_plan'))).toHaveAttribute('aria-invalid', 'true');
    expect(byId(commentInputId('peer_staff'))).not.toHaveAttribute('aria-invalid');
    expect(saveStatus()).toHaveTextContent('Not saved yet — see the fields marked “Not saved”');
  });

  it('shows the server refusing an item (BAD_USER_INPUT on input.scores.N) beside that item only', async () => {
    const { rate, comment, byId, calls } = setUp((_name, variables) => {
      const scores = (variables['input'] as { scores: Array<{ itemKey: string }> }).scores;
      const i = scores.findIndex((s) => s.itemKey === 'peer_staff');
      return {
        errors: [
          { code: 'BAD_USER_INPUT', message: 'Say which peers are certified', field: `input.scores.${i}.comment` },
        ],
      };
    });
    rate('outreach_plan', 2);
    rate('peer_staff', 1);
    comment('peer_staff', 'Some peers');
    await advanceTimers(1_500);
    expect(calls[0]).toMatchObject({ operationName: 'ReviewerSaveReview', variables: { version: 4 } });
    const refused = byId(itemFieldsetId('peer_staff'));
    expect(within(refused).getByText('Say which peers are certified')).toBeInTheDocument();
    expect(byId(commentInputId('peer_staff'))).toHaveAttribute('aria-invalid', 'true');
    expect(within(byId(itemFieldsetId('outreach_plan'))).queryByText('Say which peers are certified')).toBeNull();
    // What the reviewer typed stays on the screen.
    expect(byId(commentInputId('peer_staff'))).toHaveValue('Some peers');
  });

  it('on CONFLICT stops saving, keeps the ratings, and reloads the saved version beside them', async () => {
    const theirs = {
      ...data,
      version: 6,
      scores: [{ __typename: 'ItemScore', itemKey: 'outreach_plan', rating: 1, comment: 'Saved in another tab' }],
      ratedCount: 1,
    };
    const { rate, byId, calls } = setUp((name) =>
      name === 'ReviewerAssignment'
        ? { data: { reviewAssignment: theirs } }
        : { errors: [{ code: 'CONFLICT', message: 'This review was saved elsewhere', field: 'version' }] },
    );
    rate('outreach_plan', 3);
    await advanceTimers(1_500);
    expect(screen.getByRole('heading', { name: 'This review was saved elsewhere' })).toBeInTheDocument();
    expect(saveStatus()).toHaveTextContent(
      'Not saved — this review was saved elsewhere; your text is kept on this device',
    );
    expect(byId(ratingInputId('outreach_plan', 3))).toBeChecked();
    // No further saves behind the conflict (the controller read the saved version once, to compare).
    rate('peer_staff', 2);
    await advanceTimers(10_000);
    expect(calls.map((c) => c.operationName)).toEqual(['ReviewerSaveReview', 'ReviewerAssignment']);

    fireEvent.click(screen.getByRole('button', { name: 'Reload the saved version' }));
    await advanceTimers(0);
    // The saved version is shown; the reviewer's own ratings wait beside it, to copy or put back.
    expect(byId(ratingInputId('outreach_plan', 1))).toBeChecked();
    expect(byId(commentInputId('outreach_plan'))).toHaveValue('Saved in another tab');
    expect(screen.getByText(/These ratings and comments of yours are not in the version shown/)).toBeInTheDocument();
    expect(screen.getByText(/Rating: 3 Exceeds/)).toBeInTheDocument();
  });

  it('retries after a network failure during autosave and saves when the browser is back online', async () => {
    let offline = true;
    const { rate, calls } = setUp((_name, variables) =>
      offline ? { networkError: true } : savedReview(variables['version'] as number, variables),
    );
    rate('outreach_plan', 2);
    await advanceTimers(1_500);
    expect(saveStatus()).toHaveTextContent("Not saved yet — we'll retry; your text is kept on this device");
    offline = false;
    window.dispatchEvent(new Event('online'));
    await advanceTimers(0);
    expect(calls).toHaveLength(2);
    expect(calls[1].variables).toMatchObject({
      version: 4,
      input: { scores: [{ itemKey: 'outreach_plan', rating: 2, comment: '' }] },
    });
    expect(saveStatus()).toHaveTextContent(/^Saved /);
    expect(screen.getByText('1 of 2 rated', { selector: '#review-progress' })).toBeInTheDocument();
  });
});
