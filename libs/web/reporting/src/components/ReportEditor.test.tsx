import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { NARRATIVE_MAX_CHARS } from '@abate/shared/limits';
import { advanceTimers, fakeAutosaveClock, type MockHandler, renderWithApi, saveStatus } from '@abate/web/testing';
import type { ReportPageData } from '../hooks/useReportPageData';
import { ReportEditor } from './ReportEditor';

const milestone = {
  __typename: 'ReportingMilestone',
  id: 'milestone-1',
  kind: 'QUARTERLY',
  label: '2027 Q1',
  periodStart: '2027-01-01',
  periodEnd: '2027-03-31',
  dueDate: '2027-04-30',
  status: 'DUE',
  report: { id: 'report-1', status: 'DRAFT', spending: [] },
};

const award = {
  __typename: 'Award',
  id: 'award-1',
  amountCents: '10000000',
  startDate: '2027-01-01',
  endDate: '2027-12-31',
  status: 'ACTIVE',
  organization: { id: 'org-1', name: 'Wake County' },
  round: { id: 'round-1', title: 'PORP 2027', timeZone: 'America/New_York' },
  application: {
    id: 'application-1',
    title: 'Peer outreach after overdose',
    budgetLines: [
      { category: 'personnel', amountCents: '9000000' },
      { category: 'supplies', amountCents: '1000000' },
    ],
  },
  milestones: [milestone],
};

/** The report as the API returns it (ReportingReportState). */
const report = (patch: Record<string, unknown> = {}) => ({
  __typename: 'QuarterlyReport',
  id: 'report-1',
  status: 'DRAFT',
  version: 3,
  metrics: [],
  spending: [],
  narrative: { successes: null, challenges: null },
  confirmedWarnings: [],
  reviewNote: null,
  submittedAt: null,
  check: { errors: [], warnings: [], safeguardDeviations: [] },
  spendingSummary: [
    {
      category: 'personnel',
      label: 'Personnel',
      budgetCents: '9000000',
      thisPeriodCents: '0',
      cumulativeCents: '0',
      remainingCents: '9000000',
    },
    {
      category: 'supplies',
      label: 'Supplies',
      budgetCents: '1000000',
      thisPeriodCents: '0',
      cumulativeCents: '0',
      remainingCents: '1000000',
    },
  ],
  versions: [],
  ...patch,
});

const data = { award, milestone, report: report() } as unknown as ReportPageData;

function setUp(api: MockHandler) {
  const rendered = renderWithApi(
    <ReportEditor data={data} onSubmitted={vi.fn()} onReloadPage={vi.fn()} signInHref="/sign-in" />,
    { api },
  );
  const byId = (id: string) => rendered.container.querySelector<HTMLElement>(`#${id}`)!;
  const type = (id: string, text: string) => fireEvent.change(byId(id), { target: { value: text } });
  return { ...rendered, byId, type };
}

fakeAutosaveClock('2027-04-10T15:45:00.000Z');

describe('ReportEditor error states', () => {
  it('keeps an amount that is not dollars, or a narrative over the shared limit, on this device and says why beside it', async () => {
    const { type, byId, calls } = setUp(() => ({ errors: [{ code: 'INTERNAL', message: 'should not be called' }] }));
    type('spending__personnel', '12.345');
    type('narrative__successes', 'x'.repeat(NARRATIVE_MAX_CHARS + 1));
    await advanceTimers(5_000);
    expect(calls).toEqual([]);
    expect(byId('spending__personnel')).toHaveAttribute('aria-invalid', 'true');
    expect(byId('spending__personnel-error').textContent).toMatch(/^Error: Personnel: /);
    expect(byId('spending__supplies')).not.toHaveAttribute('aria-invalid');
    expect(byId('narrative__successes')).toHaveAttribute('aria-invalid', 'true');
    expect(saveStatus()).toHaveTextContent('Not saved yet — see the fields marked “Not saved”');
  });

  it('shows the server refusing a line (BAD_USER_INPUT on input.spending.N) beside that line only', async () => {
    const { type, byId, calls } = setUp(() => ({
      errors: [
        { code: 'BAD_USER_INPUT', message: 'amountCents must not be negative', field: 'input.spending.0.amountCents' },
      ],
    }));
    type('spending__supplies', '250');
    await advanceTimers(1_500);
    expect(calls[0]).toMatchObject({
      operationName: 'ReportingSaveReport',
      variables: {
        milestoneId: 'milestone-1',
        version: 3,
        input: { spending: [{ category: 'supplies', amountCents: '25000' }] },
      },
    });
    expect(byId('spending__supplies-problem')).toHaveTextContent('amountCents must not be negative');
    expect(byId('spending__supplies')).toHaveAttribute('aria-invalid', 'true');
    expect(byId('spending__personnel')).not.toHaveAttribute('aria-invalid');
    expect(byId('spending__supplies')).toHaveValue('250');
  });

  it('on CONFLICT stops saving, keeps the figures and shows their version beside them after reloading', async () => {
    const theirs = report({
      version: 5,
      spending: [{ category: 'supplies', amountCents: '90000' }],
      milestone: { ...milestone, report: undefined },
    });
    const { type, byId, calls } = setUp((name) =>
      name === 'ReportingReport'
        ? { data: { quarterlyReport: theirs } }
        : { errors: [{ code: 'CONFLICT', message: 'This report was saved elsewhere', field: 'version' }] },
    );
    type('spending__supplies', '250');
    await advanceTimers(1_500);
    expect(screen.getByRole('heading', { name: 'Someone else saved this report' })).toBeInTheDocument();
    expect(saveStatus()).toHaveTextContent(
      'Not saved — someone else saved this report; your text is kept on this device',
    );
    type('spending__personnel', '100');
    await advanceTimers(10_000);
    expect(calls.map((c) => c.operationName)).toEqual(['ReportingSaveReport', 'ReportingReport']);

    fireEvent.click(screen.getByRole('button', { name: 'Reload their version' }));
    await advanceTimers(0);
    expect(byId('spending__supplies')).toHaveValue('900');
    expect(screen.getByText(/These changes of yours are not in the version shown/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Use my version of Supplies/ })).toBeInTheDocument();
  });

  it('retries after a network failure during autosave and saves when the browser is back online', async () => {
    let offline = true;
    const { type, calls } = setUp((_name, variables) =>
      offline
        ? { networkError: true }
        : {
            data: {
              saveQuarterlyReport: report({
                version: (variables['version'] as number) + 1,
                spending: [{ category: 'supplies', amountCents: '25000' }],
              }),
            },
          },
    );
    type('spending__supplies', '250');
    await advanceTimers(1_500);
    expect(saveStatus()).toHaveTextContent("Not saved yet — we'll retry; your text is kept on this device");
    offline = false;
    window.dispatchEvent(new Event('online'));
    await advanceTimers(0);
    expect(calls).toHaveLength(2);
    expect(saveStatus()).toHaveTextContent(/^Saved /);
  });
});
