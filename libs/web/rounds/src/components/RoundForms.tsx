import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { Alert, AlertHeading, AlertText, Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { generalErrorMessage, toApiErrors } from '@abate/web/core';
import { ErrorSummary, type FormError } from '@abate/web/ui';
import { useCreateFundingRound, useUpdateFundingRound } from '../hooks/useRoundMutations';
import type { RoundForEdit } from '../hooks/useRoundForEdit';
import {
  isDirty,
  newRoundValues,
  roundFieldForPath,
  roundFieldIds,
  roundFields,
  roundToValues,
  roundValueErrors,
  toCreateInput,
  toUpdateInput,
  type RoundField,
  type RoundFieldErrors,
  type RoundFormValues,
} from '../lib/round-form';
import { PublishRoundButton } from './PublishRoundButton';
import { RoundFields } from './RoundFields';

function summaryOf(fieldErrors: RoundFieldErrors): FormError[] {
  return roundFields
    .filter((field) => fieldErrors[field])
    .map((field) => ({ message: fieldErrors[field] as string, fieldId: roundFieldIds[field] }));
}

/** API errors against the form's fields; `conflict` when the round changed since it was loaded. */
function serverErrors(error: CombinedError): {
  fieldErrors: RoundFieldErrors;
  summary: FormError[];
  conflict: boolean;
} {
  const fieldErrors: RoundFieldErrors = {};
  const summary: FormError[] = [];
  let conflict = false;
  for (const apiError of toApiErrors(error)) {
    if (apiError.code === 'CONFLICT') {
      conflict = true;
      continue;
    }
    const field = apiError.field ? roundFieldForPath(apiError.field) : undefined;
    if (apiError.code === 'BAD_USER_INPUT' && field) {
      fieldErrors[field] ??= apiError.message;
      summary.push({ message: apiError.message, fieldId: roundFieldIds[field] });
    } else {
      summary.push({ message: generalErrorMessage(apiError) });
    }
  }
  return { fieldErrors, summary, conflict };
}

function useRoundValues(initial: () => RoundFormValues) {
  const [values, setValues] = useState(initial);
  const change = useCallback(
    <F extends RoundField>(field: F, value: RoundFormValues[F]) =>
      setValues((current) => ({ ...current, [field]: value })),
    [],
  );
  return { values, setValues, change };
}

export interface CreateRoundFormProps {
  /** Called with the new draft's id; the button stays busy while a returned promise runs. */
  onCreated: (roundId: string) => void | Promise<void>;
  cancelHref: string;
  /** Fields other domains add to the round (the settlement fund and strategies), saved by onCreated. */
  children?: ReactNode;
}

/** A new round, saved as a draft; the officer publishes it from the edit page. */
export function CreateRoundForm({ onCreated, cancelHref, children }: CreateRoundFormProps) {
  const { values, change } = useRoundValues(newRoundValues);
  const [fieldErrors, setFieldErrors] = useState<RoundFieldErrors>({});
  const [summary, setSummary] = useState<FormError[]>([]);
  const { createRound, fetching } = useCreateFundingRound();
  const [finishing, setFinishing] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local = roundValueErrors(values);
    setFieldErrors(local);
    setSummary(summaryOf(local));
    if (Object.keys(local).length > 0) return;

    const result = await createRound(toCreateInput(values));
    if (result.error || !result.data) {
      const server = result.error
        ? serverErrors(result.error)
        : { fieldErrors: {}, summary: [{ message: 'The round could not be saved. Try again.' }] };
      setFieldErrors(server.fieldErrors);
      setSummary(server.summary);
      return;
    }
    setFinishing(true);
    try {
      await onCreated(result.data.createFundingRound.id);
    } finally {
      setFinishing(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <Form onSubmit={handleSubmit} noValidate large aria-label="New funding round" className="maxw-tablet">
        <RoundFields values={values} onChange={change} errors={fieldErrors} />
        {children}
        <ButtonGroup className="margin-top-4">
          <Button type="submit" disabled={fetching || finishing}>
            {fetching || finishing ? 'Saving…' : 'Save as draft'}
          </Button>
          <Link to={cancelHref} className="usa-button usa-button--unstyled padding-105">
            Cancel
          </Link>
        </ButtonGroup>
      </Form>
    </>
  );
}

export interface EditRoundFormProps {
  round: RoundForEdit;
  /** Fetches the round as stored now (after a CONFLICT); null when it could not. */
  onReload: () => Promise<RoundForEdit | null>;
  roundHref: string;
  /** Message to open with, e.g. after creating the round. */
  initialNotice?: string;
}

/**
 * Edits a draft (every field) or a published round (title, description, a
 * later deadline), sending only what changed with the version it was loaded
 * at; offers to publish a draft.
 */
export function EditRoundForm({ round, onReload, roundHref, initialNotice }: EditRoundFormProps) {
  const [stored, setStored] =
    useState<Pick<RoundForEdit, 'id' | 'version' | 'status' | 'closesAt' | 'timeZone'>>(round);
  const [baseline, setBaseline] = useState(() => roundToValues(round));
  const { values, setValues, change } = useRoundValues(() => roundToValues(round));
  const [fieldErrors, setFieldErrors] = useState<RoundFieldErrors>({});
  const [summary, setSummary] = useState<FormError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [notice, setNotice] = useState<string | null>(initialNotice ?? null);
  const [publishedHere, setPublishedHere] = useState(false);
  const { updateRound, fetching } = useUpdateFundingRound();
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const published = stored.status === 'PUBLISHED';
  const editable = stored.status === 'DRAFT' || published;
  const dirty = isDirty(values, baseline);

  const adopt = (fresh: RoundForEdit) => {
    setStored(fresh);
    setBaseline(roundToValues(fresh));
    setValues(roundToValues(fresh));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const closesMoved = values.closesAt !== baseline.closesAt || values.timeZone !== baseline.timeZone;
    const local = roundValueErrors(values, published && closesMoved ? { publishedClosesAt: stored.closesAt } : {});
    setFieldErrors(local);
    setSummary(summaryOf(local));
    if (Object.keys(local).length > 0) return;
    if (!dirty) {
      setNotice('There are no changes to save.');
      return;
    }

    const result = await updateRound(stored.id, stored.version, toUpdateInput(values, baseline));
    if (result.error || !result.data) {
      const server = result.error
        ? serverErrors(result.error)
        : { fieldErrors: {}, summary: [{ message: 'The round could not be saved. Try again.' }], conflict: false };
      setFieldErrors(server.fieldErrors);
      setSummary(server.summary);
      setConflict(server.conflict);
      return;
    }
    adopt(result.data.updateFundingRound);
    setNotice('Your changes are saved.');
  };

  const reload = async () => {
    setReloading(true);
    const fresh = await onReload();
    setReloading(false);
    if (!fresh) {
      setSummary([{ message: 'The round could not be reloaded. Check your connection, then try again.' }]);
      return;
    }
    adopt(fresh);
    setConflict(false);
    setFieldErrors({});
    setSummary([]);
    setNotice('The form now shows the latest saved version of the round. Make your changes again, then save.');
  };

  if (!editable) {
    return (
      <Alert type="info" className="margin-bottom-3">
        <AlertHeading level="h2">This round can no longer be edited</AlertHeading>
        <AlertText>
          Its deadline has passed, so its terms are final.{' '}
          <Link className="usa-link" to={roundHref}>
            View the round
          </Link>
        </AlertText>
      </Alert>
    );
  }

  return (
    <>
      {conflict && (
        <div ref={conflictRef} tabIndex={-1} className="margin-bottom-3">
          <Alert type="error" role="alert">
            <AlertHeading level="h2">Someone else changed this round</AlertHeading>
            <AlertText>
              Another program officer saved changes after you opened this page, so your changes were not saved. Reload
              the round to see the latest version, then make your changes again. Reloading replaces what you have typed
              here.
            </AlertText>
            <Button type="button" onClick={reload} disabled={reloading}>
              {reloading ? 'Reloading…' : 'Reload the round'}
            </Button>
          </Alert>
        </div>
      )}
      <ErrorSummary errors={summary} />
      {notice && (
        <Alert
          type={notice.startsWith('There are no') ? 'info' : 'success'}
          slim
          role="status"
          className="margin-bottom-3"
        >
          {notice}{' '}
          <Link className="usa-link" to={roundHref}>
            View the round page
          </Link>
        </Alert>
      )}
      {published && (
        <Alert type="info" slim className="margin-bottom-3">
          This round is published. Applicants rely on its terms, so only the title, the description and a later deadline
          can change.
        </Alert>
      )}
      <Form onSubmit={handleSubmit} noValidate large aria-label="Edit funding round" className="maxw-tablet">
        <RoundFields
          values={values}
          onChange={change}
          errors={fieldErrors}
          published={published}
          storedTimeZone={stored.timeZone}
        />
        <ButtonGroup className="margin-top-4">
          <Button type="submit" disabled={fetching || conflict}>
            {fetching ? 'Saving…' : 'Save changes'}
          </Button>
          <Link to={roundHref} className="usa-button usa-button--unstyled padding-105">
            Cancel
          </Link>
        </ButtonGroup>
      </Form>

      {(stored.status === 'DRAFT' || publishedHere) && (
        <section
          aria-labelledby="publish-round-heading"
          className="margin-top-5 border-top-1px border-base-lighter padding-top-3 maxw-tablet"
        >
          <h2 id="publish-round-heading">Publish the round</h2>
          {stored.status === 'DRAFT' && (
            <p>
              This round is a draft: only program officers and auditors can see it. Publish it when its terms are final
              to list it on the public funding rounds page.
            </p>
          )}
          <PublishRoundButton
            roundId={stored.id}
            roundHref={roundHref}
            blockedReason={
              dirty ? 'Save your changes first: publishing uses the round as it was last saved.' : undefined
            }
            onPublished={(publishedRound) => {
              setPublishedHere(true);
              setNotice(null);
              setStored((current) => ({ ...current, version: publishedRound.version, status: publishedRound.status }));
            }}
          />
        </section>
      )}
    </>
  );
}
