import { PASSWORD_MIN_LENGTH } from '@abate/shared/limits';
import { TextField, type FormError } from '@abate/web/ui';

/** What is wrong with a chosen password and its confirmation, checked before anything is sent. */
export function newPasswordProblems(password: string, confirm: string): FormError[] {
  if (password.length < PASSWORD_MIN_LENGTH)
    return [{ message: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters`, fieldId: 'password' }];
  if (password !== confirm) return [{ message: 'The two passwords differ', fieldId: 'confirm' }];
  return [];
}

/** A new password typed twice: accepting an invitation and resetting a password use the same pair. */
export function NewPasswordFields(props: {
  label: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: readonly FormError[];
}) {
  const errorOf = (fieldId: string) => props.errors.find((e) => e.fieldId === fieldId)?.message;
  return (
    <>
      <TextField
        id="password"
        label={`${props.label} (at least ${PASSWORD_MIN_LENGTH} characters)`}
        type="password"
        autoComplete="new-password"
        value={props.password}
        onChange={props.onPassword}
        error={errorOf('password')}
      />
      <TextField
        id="confirm"
        label="Type it again"
        type="password"
        autoComplete="new-password"
        value={props.confirm}
        onChange={props.onConfirm}
        error={errorOf('confirm')}
      />
    </>
  );
}
