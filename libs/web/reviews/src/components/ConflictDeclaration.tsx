import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert, AlertHeading, AlertText, Button } from '@trussworks/react-uswds';
import { PageHeading, ErrorSummary, type FormError } from '@abate/web/ui';
import { useDeclareConflict } from '../hooks/useDeclareConflict';
import type { AssignmentData } from '../hooks/useReviewAssignment';
import { NARRATIVE_MAX_CHARS } from '@abate/shared/limits';

export const COI_NONE_ID = 'coi-none';
export const COI_CONFLICT_ID = 'coi-conflict';
export const COI_EXPLANATION_ID = 'coi-explanation';
const EXPLANATION_MAX = NARRATIVE_MAX_CHARS;

type Choice = '' | 'none' | 'conflict';

export interface ConflictDeclarationProps {
  assignment: Pick<AssignmentData, 'id' | 'organizationName' | 'round'>;
  roundHref: string;
  /** The declaration was recorded: reload the assignment. */
  onDeclared: (hasConflict: boolean) => void;
}

/** What counts as a conflict of interest, in plain words. */
function ConflictExplainer() {
  return (
    <>
      <h2>What counts as a conflict of interest</h2>
      <p>
        You have a conflict of interest if you, or someone close to you, could gain or lose from this application, or if
        people could reasonably doubt that you can judge it fairly. For example:
      </p>
      <ul>
        <li>
          <strong>Employment:</strong> you work for the applicant or one of its partners, or did in the last 12 months,
          or are applying to work there.
        </li>
        <li>
          <strong>Family and close relationships:</strong> a family member, partner or close friend works for the
          applicant, leads its program or would be paid from the grant.
        </li>
        <li>
          <strong>Financial interest:</strong> you or your family would be paid from the grant, or own, lend to or are
          owed money by an organization in its budget.
        </li>
        <li>
          <strong>A role in the applicant’s program:</strong> you helped write the application, designed or advise the
          program, sit on its board or advisory group, or would take part in it.
        </li>
        <li>Anything else that could make people doubt your independence, such as a dispute with the applicant.</li>
      </ul>
      <p>
        If you are not sure, declare it and explain: the program officer decides. The declaration is final. You see the
        application only after declaring that you have no conflict; if you declare one, the program officer is told and
        assigns another reviewer, and the application stays closed to you.
      </p>
    </>
  );
}

/**
 * The conflict-of-interest declaration: all the reviewer sees of the application
 * is the organization and the round until they declare they have no conflict.
 */
export function ConflictDeclaration({ assignment, roundHref, onDeclared }: ConflictDeclarationProps) {
  const { organizationName, round } = assignment;
  const { declare, declaring } = useDeclareConflict(assignment.id);
  const [choice, setChoice] = useState<Choice>('');
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const choiceError = errors.find((e) => e.fieldId === COI_NONE_ID)?.message;
  const explanationError = errors.find((e) => e.fieldId === COI_EXPLANATION_ID)?.message;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found: FormError[] = [];
    if (choice === '') found.push({ fieldId: COI_NONE_ID, message: 'Choose whether you have a conflict of interest' });
    if (choice === 'conflict' && explanation.trim() === '') {
      found.push({
        fieldId: COI_EXPLANATION_ID,
        message: 'Explain the conflict, so the program officer can assign another reviewer',
      });
    }
    if (choice === 'conflict' && explanation.trim().length > EXPLANATION_MAX) {
      found.push({
        fieldId: COI_EXPLANATION_ID,
        message: `Shorten the explanation to ${EXPLANATION_MAX.toLocaleString('en-US')} characters`,
      });
    }
    setErrors(found);
    if (found.length > 0) return;
    const apiErrors = await declare(choice === 'conflict', explanation);
    if (!apiErrors) {
      onDeclared(choice === 'conflict');
      return;
    }
    const [first] = apiErrors;
    if (first?.code === 'BAD_USER_INPUT' && first.field === 'explanation') {
      setErrors([{ fieldId: COI_EXPLANATION_ID, message: first.message }]);
    } else if (first?.code === 'INVALID_STATE') {
      // Declared already (another tab): show what was recorded.
      onDeclared(choice === 'conflict');
    } else {
      setFailure(
        first?.code === 'NETWORK'
          ? 'Abate could not be reached. Check your connection, then try again.'
          : (first?.message ?? 'Something went wrong. Try again.'),
      );
    }
  };

  return (
    <div className="usa-prose maxw-none abate-review">
      <PageHeading>{`Conflict of interest: ${organizationName}`}</PageHeading>
      <p className="usa-intro">
        You are assigned to review the application of <strong>{organizationName}</strong> to{' '}
        <Link className="usa-link" to={roundHref}>
          {round.title}
        </Link>
        . Before you see it, declare whether you have a conflict of interest.
      </p>

      <ConflictExplainer />

      <form
        className="usa-form maxw-tablet"
        onSubmit={(event) => void onSubmit(event)}
        aria-labelledby="coi-form-heading"
        noValidate
      >
        <h2 id="coi-form-heading">Your declaration</h2>
        <ErrorSummary errors={errors} />
        {failure && (
          <Alert type="error" role="alert" className="margin-bottom-2">
            <AlertHeading level="h3">The declaration was not recorded</AlertHeading>
            <p className="usa-alert__text">{failure}</p>
          </Alert>
        )}
        <fieldset
          className={`usa-fieldset usa-form-group${choiceError || explanationError ? ' usa-form-group--error' : ''}`}
          aria-describedby={choiceError ? 'coi-choice-error' : undefined}
        >
          <legend className="usa-legend text-bold">{`Do you have a conflict of interest with ${organizationName}?`}</legend>
          {choiceError && (
            <span className="usa-error-message" id="coi-choice-error">
              {choiceError}
            </span>
          )}
          <div className="usa-radio">
            <input
              className="usa-radio__input usa-radio__input--tile"
              id={COI_NONE_ID}
              type="radio"
              name="coi"
              value="none"
              checked={choice === 'none'}
              onChange={() => setChoice('none')}
            />
            <label className="usa-radio__label" htmlFor={COI_NONE_ID}>
              I have no conflict of interest
            </label>
          </div>
          <div className="usa-radio">
            <input
              className="usa-radio__input usa-radio__input--tile"
              id={COI_CONFLICT_ID}
              type="radio"
              name="coi"
              value="conflict"
              checked={choice === 'conflict'}
              onChange={() => setChoice('conflict')}
              aria-controls={`${COI_EXPLANATION_ID}-group`}
            />
            <label className="usa-radio__label" htmlFor={COI_CONFLICT_ID}>
              I have a conflict of interest
            </label>
          </div>
          {/* Always in the page: the conflict radio's aria-controls must name an element that exists. */}
          <div
            id={`${COI_EXPLANATION_ID}-group`}
            className={choice === 'conflict' ? 'margin-left-4 margin-top-2' : undefined}
          >
            {choice === 'conflict' && (
              <>
                <label
                  className={`usa-label${explanationError ? ' usa-label--error' : ''}`}
                  htmlFor={COI_EXPLANATION_ID}
                >
                  Explain the conflict (required)
                </label>
                <div className="usa-hint" id={`${COI_EXPLANATION_ID}-hint`}>
                  For example: “My sister leads the program’s outreach team.” The program officer reads this to assign
                  another reviewer.
                </div>
                {explanationError && (
                  <span className="usa-error-message" id={`${COI_EXPLANATION_ID}-error`}>
                    {explanationError}
                  </span>
                )}
                <textarea
                  className={`usa-textarea${explanationError ? ' usa-input--error' : ''}`}
                  id={COI_EXPLANATION_ID}
                  name="explanation"
                  rows={4}
                  required
                  aria-required="true"
                  aria-invalid={explanationError ? true : undefined}
                  aria-describedby={[`${COI_EXPLANATION_ID}-hint`, explanationError && `${COI_EXPLANATION_ID}-error`]
                    .filter(Boolean)
                    .join(' ')}
                  value={explanation}
                  onChange={(event) => setExplanation(event.target.value)}
                />
              </>
            )}
          </div>
        </fieldset>
        <Button type="submit" disabled={declaring}>
          {declaring ? 'Submitting…' : 'Submit declaration'}
        </Button>
      </form>
    </div>
  );
}

export interface ConflictDeclaredProps {
  assignment: Pick<AssignmentData, 'organizationName' | 'round' | 'conflictExplanation'>;
  queueHref: string;
  /** Just declared on this page (not a later visit). */
  justDeclared: boolean;
}

/** After a declared conflict: the officer has been told; the application stays closed to this reviewer. */
export function ConflictDeclared({ assignment, queueHref, justDeclared }: ConflictDeclaredProps) {
  const { organizationName, round, conflictExplanation } = assignment;
  return (
    <div className="usa-prose abate-review">
      <PageHeading>{`Conflict declared: ${organizationName}`}</PageHeading>
      <Alert type="success" role="status" id="conflict-declared" className="margin-bottom-3" tabIndex={-1}>
        <AlertHeading level="h2">
          {justDeclared ? 'Your declaration was recorded' : 'You declared a conflict of interest'}
        </AlertHeading>
        <AlertText>
          The program officer has been told and will assign another reviewer. The application of {organizationName} to{' '}
          {round.title} is closed to you: you will not see or score it.
        </AlertText>
      </Alert>
      {conflictExplanation && (
        <>
          <h2>Your explanation</h2>
          <p className="abate-review__text">{conflictExplanation}</p>
        </>
      )}
      <p>
        <Link className="usa-button" to={queueHref}>
          Back to your reviews
        </Link>
      </p>
    </div>
  );
}
