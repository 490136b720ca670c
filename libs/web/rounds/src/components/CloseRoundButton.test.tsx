import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithApi, type MockHandler } from '@abate/web/testing';
import { CloseRoundButton } from './CloseRoundButton';

const ROUND_ID = '11111111-1111-4111-8111-111111111111';
const closed = {
  data: {
    closeFundingRound: {
      __typename: 'FundingRound',
      id: ROUND_ID,
      version: 3,
      status: 'REVIEW',
      accepting: false,
      closesAt: '2026-12-05T18:00:00.000Z',
      closesAtLocal: 'Dec 5, 2026, 1:00:00 PM EST',
    },
  },
};
const answer =
  (reply: ReturnType<MockHandler>): MockHandler =>
  (operation) => {
    if (operation === 'RoundsCloseFundingRound') return reply;
    throw new Error(`unexpected ${operation}`);
  };

describe('CloseRoundButton', () => {
  it('asks for a reason before closing, then closes with the trimmed reason', async () => {
    const onClosed = vi.fn();
    const { user, calls } = renderWithApi(
      <CloseRoundButton roundId={ROUND_ID} roundTitle="Rural outreach" onClosed={onClosed} />,
      { api: answer(closed) },
    );
    await user.click(screen.getByRole('button', { name: 'Close the round now' }));
    expect(screen.getByRole('dialog', { name: 'Close Rural outreach now?' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Yes, close the round' }));
    expect(screen.getByLabelText('Reason for closing early (required)')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);

    await user.type(screen.getByLabelText('Reason for closing early (required)'), '  Enough applications  ');
    await user.click(screen.getByRole('button', { name: 'Yes, close the round' }));
    expect(await screen.findByRole('heading', { name: 'Round closed' })).toBeInTheDocument();
    expect(calls).toEqual([
      { operationName: 'RoundsCloseFundingRound', variables: { id: ROUND_ID, reason: 'Enough applications' } },
    ]);
    expect(onClosed).toHaveBeenCalledWith(expect.objectContaining({ status: 'REVIEW' }));
  });

  it('shows why the API refused (a round no longer accepting) and stays open to cancel', async () => {
    const { user } = renderWithApi(<CloseRoundButton roundId={ROUND_ID} roundTitle="Rural outreach" />, {
      api: answer({
        errors: [
          {
            code: 'INVALID_STATE',
            message: 'Only a round that is accepting applications can be closed; this one is in REVIEW',
          },
        ],
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Close the round now' }));
    await user.type(screen.getByLabelText('Reason for closing early (required)'), 'Enough applications');
    await user.click(screen.getByRole('button', { name: 'Yes, close the round' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/accepting applications/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Close the round now' })).toHaveFocus();
  });
});
