import { describe, expect, it } from 'vitest';
import { describeField, messageOf } from './FundForms';

describe('the API’s refusals on the fund forms', () => {
  it('names the line or split a field path points at, counting from 1 as the form does', () => {
    expect(describeField('input.lines.1.strategyCode')).toBe('line 2, strategyCode');
    expect(describeField('input.lines.0')).toBe('line 1');
    expect(describeField('input.splits.2.amountCents')).toBe('split 3, amountCents');
    expect(describeField('input.adoptedOn')).toBe('adoptedOn');
  });

  it('puts the field after the message, and falls back to the transport error', () => {
    const refusal = {
      message: '[GraphQL] refused',
      graphQLErrors: [
        {
          message: 'Line 2 repeats strategy 7 of line 1 for overlapping dates; put the amount on one line',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.lines.1.strategyCode' },
        },
      ],
    } as unknown as Parameters<typeof messageOf>[0];
    expect(messageOf(refusal)).toBe(
      'Line 2 repeats strategy 7 of line 1 for overlapping dates; put the amount on one line (line 2, strategyCode)',
    );
    expect(
      messageOf({ message: 'Network down', graphQLErrors: [] } as unknown as Parameters<typeof messageOf>[0]),
    ).toBe('Network down');
    expect(messageOf(undefined)).toBeNull();
  });
});
