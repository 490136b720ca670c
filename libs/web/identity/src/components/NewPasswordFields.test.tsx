import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH } from '@abate/shared/limits';
import { newPasswordProblems } from './NewPasswordFields';

describe('newPasswordProblems', () => {
  it('asks for the shared minimum length first, naming the password field', () => {
    const short = 'x'.repeat(PASSWORD_MIN_LENGTH - 1);
    expect(newPasswordProblems(short, short)).toEqual([
      { message: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters`, fieldId: 'password' },
    ]);
  });

  it('names the confirmation when the two differ, and finds nothing when they match', () => {
    const password = 'a long enough password';
    expect(newPasswordProblems(password, `${password}!`)).toEqual([
      { message: 'The two passwords differ', fieldId: 'confirm' },
    ]);
    expect(newPasswordProblems(password, password)).toEqual([]);
  });
});
