import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { TITLE_MAX_CHARS } from '@abate/shared/limits';
import { errorSummaryItems, renderWithApi, type MockHandler } from '@abate/web/testing';
import type { RoundForEdit } from '../hooks/useRoundForEdit';
import { EditRoundForm } from './RoundForms';

const round = (patch: Partial<RoundForEdit> = {}): RoundForEdit =>
  ({
    __typename: 'FundingRound',
    id: 'round-1',
    version: 3,
    status: 'DRAFT',
    title: 'Post-overdose outreach 2027',
    description: 'Programs that reach people after an overdose.',
    opensAt: '2027-01-04T14:00:00.000Z',
    closesAt: '2027-02-26T22:00:00.000Z',
    timeZone: 'America/New_York',
    budgetCents: '250000000',
    minAwardCents: '5000000',
    maxAwardCents: '25000000',
    eligibleKinds: ['COUNTY'],
    reviewersPerApplication: 2,
    grantStart: '2027-04-01',
    grantEnd: '2028-03-31',
    checklist: { __typename: 'ChecklistVersion', id: 'c1', key: 'porp', version: '2023.1' },
    ...patch,
  }) as RoundForEdit;

const renderForm = (api: MockHandler, onReload = vi.fn(async () => round({ version: 4, title: 'Theirs' }))) => ({
  ...renderWithApi(<EditRoundForm round={round()} onReload={onReload} roundHref="/rounds/round-1" />, { api }),
  onReload,
});

const setTitle = (text: string) => fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: text } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

describe('EditRoundForm error states', () => {
  it('checks the title before sending: too short, and over the shared limit', async () => {
    const { calls } = renderForm(() => ({ errors: [{ code: 'INTERNAL', message: 'should not be called' }] }));
    setTitle('ab');
    save();
    expect(errorSummaryItems()).toEqual([
      { message: 'Enter a title of at least 3 characters', fieldId: 'round-title' },
    ]);
    setTitle('x'.repeat(TITLE_MAX_CHARS + 1));
    save();
    expect(errorSummaryItems()).toEqual([
      { message: `Shorten the title to ${TITLE_MAX_CHARS} characters or fewer`, fieldId: 'round-title' },
    ]);
    expect(calls).toEqual([]);
  });

  it('says there is nothing to save when nothing changed', () => {
    renderForm(() => ({ errors: [] }));
    save();
    expect(screen.getByRole('status')).toHaveTextContent('There are no changes to save.');
  });

  it('puts a BAD_USER_INPUT refusal against its field, and a general error in the summary', async () => {
    renderForm(() => ({
      errors: [
        { code: 'BAD_USER_INPUT', message: 'title is already used by another round', field: 'input.title' },
        { code: 'FORBIDDEN', message: 'nope' },
      ],
    }));
    setTitle('Post-overdose outreach 2028');
    save();
    await screen.findByText('There is a problem');
    expect(errorSummaryItems()[0]).toEqual({
      message: 'title is already used by another round',
      fieldId: 'round-title',
    });
    expect(errorSummaryItems()).toHaveLength(2);
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('on CONFLICT sends the version it loaded, offers to reload, and adopts the stored round', async () => {
    const { calls, onReload } = renderForm(() => ({
      errors: [{ code: 'CONFLICT', message: 'changed', field: 'version' }],
    }));
    setTitle('Mine');
    save();
    expect(await screen.findByText('Someone else changed this round')).toBeInTheDocument();
    expect(calls[0]).toMatchObject({
      operationName: 'RoundsUpdateFundingRound',
      variables: { id: 'round-1', version: 3, input: { title: 'Mine' } },
    });
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Reload the round' }));
    expect(await screen.findByText(/The form now shows the latest saved version/)).toBeInTheDocument();
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Theirs');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });

  it('shows a closed round as no longer editable', () => {
    renderWithApi(
      <EditRoundForm
        round={round({ status: 'REVIEW' } as Partial<RoundForEdit>)}
        onReload={vi.fn()}
        roundHref="/rounds/round-1"
      />,
    );
    expect(screen.getByRole('heading', { name: 'This round can no longer be edited' })).toBeInTheDocument();
  });
});
