import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import {
  advanceTimers,
  fakeAutosaveClock,
  type MockCall,
  type MockHandler,
  type MockResponse,
  renderWithApi,
  saveStatus,
} from '@abate/web/testing';
import type { EditorData } from '../hooks/useApplicationEditorData';
import { ApplicationEditor } from './ApplicationEditor';

/** The application as the API returns it (ApplicantEditorApplication). */
const application = (patch: Record<string, unknown> = {}) => ({
  __typename: 'Application',
  id: 'application-1',
  status: 'DRAFT',
  version: 7,
  title: 'Peer outreach after overdose',
  summary: '',
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
  updatedAt: '2027-01-20T15:00:00.000Z',
  ...patch,
});

const data = {
  ...application(),
  organization: { id: 'org-1', name: 'Wake County' },
  round: {
    id: 'round-1',
    title: 'PORP 2027',
    closesAtLocal: '2027-02-26 5:00 PM EST',
    timeZone: 'America/New_York',
    minAwardCents: '5000000',
    maxAwardCents: '25000000',
    accepting: true,
    checklist: {
      id: 'c1',
      key: 'porp',
      version: '2023.1',
      title: 'PORP checklist',
      domains: [{ key: 'approach', title: 'Approach' }],
      items: [
        {
          key: 'outreach_plan',
          domain: 'approach',
          title: 'Outreach plan',
          description: 'How peers reach people.',
          weight: 2,
          critical: true,
        },
      ],
      scale: [0, 1, 2, 3].map((value) => ({ value, label: `Level ${value}`, meaning: '' })),
    },
  },
} as unknown as EditorData;

/** Answers the attachments panel; `save` answers saveApplication, `load` the editor's reload. */
function setUp(
  save: MockHandler,
  load: () => MockResponse = () => ({ errors: [{ code: 'INTERNAL', message: 'no' }] }),
) {
  const rendered = renderWithApi(
    <ApplicationEditor data={data} onSubmitted={vi.fn()} onReloadPage={vi.fn()} signInHref="/sign-in" />,
    {
      api: (name, variables) => {
        if (name === 'ApplicationAttachments')
          return { data: { application: { __typename: 'Application', id: 'application-1', attachments: [] } } };
        if (name === 'ApplicantEditor') return load();
        return save(name, variables);
      },
    },
  );
  const field = (id: string) => document.getElementById(id) as HTMLInputElement;
  const type = (id: string, text: string) => fireEvent.change(field(id), { target: { value: text } });
  const saves = () => rendered.calls.filter((c: MockCall) => c.operationName === 'ApplicantSaveApplication');
  return { ...rendered, field, type, saves };
}

const refuseAll: MockHandler = () => ({ errors: [{ code: 'INTERNAL', message: 'should not be called' }] });

fakeAutosaveClock('2027-01-20T15:45:00.000Z');

describe('ApplicationEditor error states', () => {
  it('keeps an amount that is not dollars on this device and says why beside it', async () => {
    const { type, field, saves } = setUp(refuseAll);
    type('requestedCents', '12.345');
    await advanceTimers(5_000);
    expect(saves()).toEqual([]);
    expect(field('requestedCents')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('requestedCents-problem')).not.toBeNull();
    expect(field('title')).not.toHaveAttribute('aria-invalid');
    expect(saveStatus()).toHaveTextContent('Not saved yet — see the fields marked “Not saved”');
  });

  it('shows the server refusing a field (BAD_USER_INPUT) beside that field only', async () => {
    const { type, field, saves } = setUp(() => ({
      errors: [{ code: 'BAD_USER_INPUT', message: 'title must not contain angle brackets', field: 'input.title' }],
    }));
    type('title', '<b>Outreach</b>');
    await advanceTimers(1_500);
    expect(saves()[0]).toMatchObject({
      variables: { id: 'application-1', version: 7, input: { title: '<b>Outreach</b>' } },
    });
    expect(document.getElementById('title-problem')).toHaveTextContent('title must not contain angle brackets');
    expect(field('title')).toHaveAttribute('aria-invalid', 'true');
    expect(field('summary')).not.toHaveAttribute('aria-invalid');
    expect(field('title')).toHaveValue('<b>Outreach</b>');
  });

  it('stops when the deadline has passed, keeping the text', async () => {
    const { type, field, saves } = setUp(() => ({
      errors: [{ code: 'DEADLINE_PASSED', message: 'The round closed' }],
    }));
    type('summary', 'Peers visit within 72 hours.');
    await advanceTimers(1_500);
    expect(saveStatus()).toHaveTextContent('Not saved — the deadline has passed; your text is kept on this device');
    expect(screen.getByRole('heading', { name: 'The deadline has passed' })).toBeInTheDocument();
    type('summary', 'Peers visit within 48 hours.');
    await advanceTimers(10_000);
    expect(saves()).toHaveLength(1);
    expect(field('summary')).toHaveValue('Peers visit within 48 hours.');
  });

  it('on CONFLICT stops saving, then shows their version with the applicant’s text beside it', async () => {
    const { type, field, saves } = setUp(
      () => ({ errors: [{ code: 'CONFLICT', message: 'Saved elsewhere', field: 'version' }] }),
      () => ({ data: { application: { ...data, ...application({ version: 9, title: 'Their title' }) } } }),
    );
    type('title', 'My title');
    await advanceTimers(1_500);
    expect(screen.getByRole('heading', { name: 'Someone else saved this application' })).toBeInTheDocument();
    expect(saveStatus()).toHaveTextContent(
      'Not saved — someone else saved this application; your text is kept on this device',
    );
    type('title', 'My better title');
    await advanceTimers(10_000);
    expect(saves()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Reload their version' }));
    await advanceTimers(0);
    expect(field('title')).toHaveValue('Their title');
    expect(screen.getByText('My better title')).toBeInTheDocument();
  });

  it('retries after a network failure during autosave and saves when the browser is back online', async () => {
    let offline = true;
    const { type, saves } = setUp((_name, variables) =>
      offline
        ? { networkError: true }
        : {
            data: {
              saveApplication: application({ version: (variables['version'] as number) + 1, summary: 'Peers.' }),
            },
          },
    );
    type('summary', 'Peers.');
    await advanceTimers(1_500);
    expect(saveStatus()).toHaveTextContent("Not saved yet — we'll retry; your text is kept on this device");
    offline = false;
    window.dispatchEvent(new Event('online'));
    await advanceTimers(0);
    expect(saves()).toHaveLength(2);
    expect(saveStatus()).toHaveTextContent(/^Saved /);
  });
});
