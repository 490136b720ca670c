import { useEffect } from 'react';
import type { Client } from 'urql';
import { Alert, AlertHeading, Button, Checkbox, Fieldset } from '@trussworks/react-uswds';
import { formatCents, readDollars, sumCents } from '@abate/shared/money';
import {
  AutosaveNotices,
  browserAutosaveStorage,
  SaveStatusBar,
  STOPPING_CODES,
  transportResult,
  useAutosavedRecord,
  useSubmitAfterSave,
  type AutosaveNoticesWording,
  type SaveStatusWording,
  type SubmitFailure,
} from '@abate/web/core';
import { InputField, MoneyField, SelectField } from '@abate/web/ui';
import {
  paymentRequestQuery,
  savePaymentRequestMutation,
  submitPaymentRequestMutation,
} from '../graphql/payments.documents';
import {
  adoptLineIds,
  emptyLine,
  paymentModel,
  type LineValue,
  type PaymentServer,
  type PaymentTypes,
} from '../model/payment-form';
import { CATEGORY_OPTIONS } from '../model/labels';
import { LineDocuments, type LineDocument } from './LineDocuments';

const storage = browserAutosaveStorage((id) => `abate:payment-request:${id}`);

const statusWording: SaveStatusWording = {
  conflict: 'someone else saved this request',
  stopped: {
    INVALID_STATE: 'this request can no longer be changed',
    FORBIDDEN: 'you cannot change this request',
    UNAUTHENTICATED: 'you are signed out',
    NOT_FOUND: 'the request is gone',
  },
};

const noticesWording: AutosaveNoticesWording = {
  conflictHeading: 'Someone else saved this request',
  conflictText:
    'Another member of your organization (or you, in another tab) saved this request after you opened it. Load their version; your changes are kept beside it.',
  reloadTheirVersion: 'Load their version',
  reloadFailed: 'Their version could not be loaded. Try again in a moment.',
  stoppedHeadings: {
    INVALID_STATE: 'This request can no longer be changed',
    FORBIDDEN: 'You cannot change this request',
    UNAUTHENTICATED: 'You are signed out',
  },
  reloadPage: 'Reload the request',
};

const unsavedMessages = {
  unsaved: 'Some changes could not be saved yet: correct the fields marked above, then submit.',
  retrying: 'Your changes are not saved yet (the server did not answer). Try again in a moment.',
  conflict: 'Someone else saved this request: load their version first.',
  stopped: 'This request can no longer be changed.',
} as const;

/**
 * Submitting refuses a request that stays a draft with INVALID_STATE (an earlier advance
 * not yet settled): autosave carries on then. The other codes that stop a save stop it.
 */
const submitStopsSaving: ReadonlySet<string> = new Set([...STOPPING_CODES].filter((code) => code !== 'INVALID_STATE'));

/** submitPaymentRequest with the version the last save returned. */
async function send(client: Client, saved: PaymentServer) {
  const result = await client
    .mutation(submitPaymentRequestMutation, { id: saved.id, version: saved.version })
    .toPromise();
  return { data: result.data?.submitPaymentRequest, error: result.error };
}

export interface PaymentRequestFormProps {
  request: PaymentServer;
  /** Documents per line id, as last loaded. */
  documents: ReadonlyMap<string, readonly LineDocument[]>;
  awardPeriod: { startDate: string; endDate: string };
  onChanged: () => void;
  signInHref: string;
}

/** The grantee's request form: lines by budget category, the period, documents per line; autosaved, then submitted. */
export function PaymentRequestForm({
  request,
  documents,
  awardPeriod,
  onChanged,
  signInHref,
}: PaymentRequestFormProps) {
  const [controller, state] = useAutosavedRecord<PaymentTypes>({
    id: request.id,
    server: request,
    model: paymentModel(),
    storage,
    save: async (client, version, input) =>
      transportResult(
        await client.mutation(savePaymentRequestMutation, { id: request.id, version, input }).toPromise(),
        (saved) => saved.savePaymentRequest,
      ),
    load: async (client) =>
      transportResult(
        await client.query(paymentRequestQuery, { id: request.id }, { requestPolicy: 'network-only' }).toPromise(),
        (loaded) => loaded.paymentRequest,
      ),
  });
  const { values } = state;

  // Lines added here get their ids from the first save; documents need them.
  useEffect(() => {
    controller.update((current) => adoptLineIds(current, state.server));
  }, [controller, state.server]);

  const { submit, submitting, failure } = useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'The request could not be submitted',
    stopsSaving: submitStopsSaving,
  });

  const setLine = (key: string, patch: Partial<LineValue>) =>
    controller.update((v) => ({ ...v, lines: v.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
  const removeLine = (key: string) => controller.update((v) => ({ ...v, lines: v.lines.filter((l) => l.key !== key) }));
  const addLine = () => controller.update((v) => ({ ...v, lines: [...v.lines, emptyLine()] }));

  const total = sumCents(
    values.lines.map((l) => {
      const amount = readDollars(l.amount);
      return amount.kind === 'ok' ? amount.cents : 0n;
    }),
  );
  const failedField = failure?.kind === 'api' ? failure.error.field : undefined;
  const failedLine = failedField ? /lines\.(\d+)/.exec(failedField)?.[1] : undefined;
  const problem = state.problems.lines ?? state.rejected.lines;
  const periodProblem = state.problems.period ?? state.rejected.period;

  return (
    <form
      className="usa-form maxw-none"
      onSubmit={(event) => {
        event.preventDefault();
        void submit().then((done) => {
          if (done) onChanged();
        });
      }}
    >
      <SaveStatusBar state={state} wording={statusWording} onSaveNow={() => void controller.saveNow()} />
      <AutosaveNotices
        state={state}
        controller={controller}
        wording={noticesWording}
        partLabel={(part) => (part === 'lines' ? 'Lines' : 'Period')}
        signInHref={signInHref}
        onReloadPage={onChanged}
      />
      <Fieldset legend="Period covered" legendStyle="large">
        <p className="usa-hint">
          Within the grant, {awardPeriod.startDate} to {awardPeriod.endDate}.
        </p>
        <InputField
          id="period-start"
          label="First day"
          type="date"
          value={values.periodStart}
          onChange={(periodStart) => controller.update((v) => ({ ...v, periodStart }))}
          error={failedField === 'periodStart' ? failureMessage(failure) : undefined}
        />
        <InputField
          id="period-end"
          label="Last day"
          type="date"
          value={values.periodEnd}
          onChange={(periodEnd) => controller.update((v) => ({ ...v, periodEnd }))}
          error={periodProblem ?? (failedField === 'periodEnd' ? failureMessage(failure) : undefined)}
        />
        <Checkbox
          id="final-request"
          name="final-request"
          label="This is the last request of the award"
          checked={values.final}
          onChange={(event) => controller.update((v) => ({ ...v, final: event.target.checked }))}
        />
      </Fieldset>

      <Fieldset legend="Lines" legendStyle="large" className="margin-top-4">
        <p className="usa-hint">
          One line per budget category and purpose.
          {request.kind === 'REIMBURSEMENT' && ' Each line needs at least one receipt, invoice or payroll record.'}
        </p>
        {problem && (
          <Alert type="warning" slim>
            Not saved: {problem}
          </Alert>
        )}
        {values.lines.map((line, i) => (
          <div
            key={line.key}
            className={`border-1px radius-md padding-2 margin-bottom-2 ${failedLine === String(i) ? 'border-secondary-dark' : 'border-base-lighter'}`}
            role="group"
            aria-labelledby={`line-${line.key}-heading`}
          >
            <h3 id={`line-${line.key}-heading`} className="margin-top-0">
              Line {i + 1}
            </h3>
            <SelectField
              id={`line-${line.key}-category`}
              label="Budget category"
              placeholder="- Select -"
              options={CATEGORY_OPTIONS}
              value={line.category}
              onChange={(category) => setLine(line.key, { category })}
            />
            <InputField
              id={`line-${line.key}-description`}
              label="What the money is for"
              value={line.description}
              onChange={(description) => setLine(line.key, { description })}
              error={
                failedLine === String(i) && failedField?.endsWith('description') ? failureMessage(failure) : undefined
              }
            />
            <MoneyField
              id={`line-${line.key}-amount`}
              label="Amount"
              value={line.amount}
              onChange={(amount) => setLine(line.key, { amount })}
              error={
                failedLine === String(i) && failedField?.endsWith('amountCents') ? failureMessage(failure) : undefined
              }
            />
            {request.kind === 'REIMBURSEMENT' &&
              (line.id ? (
                <LineDocuments
                  lineId={line.id}
                  lineLabel={`line ${i + 1}`}
                  documents={documents.get(line.id) ?? []}
                  editable
                  onUploaded={onChanged}
                />
              ) : (
                <p className="usa-hint">Documents can be added once this line is saved (a moment after typing).</p>
              ))}
            <Button type="button" unstyled className="margin-top-2" onClick={() => removeLine(line.key)}>
              Remove line {i + 1}
            </Button>
          </div>
        ))}
        <Button type="button" outline onClick={addLine}>
          Add a line
        </Button>
        <p className="text-bold">Total requested: {formatCents(total)}</p>
      </Fieldset>

      {failure && (
        <Alert type="error" role="alert">
          <AlertHeading level="h2">The request was not submitted</AlertHeading>
          {failure.kind === 'api' ? failure.error.message : failure.message}
        </Alert>
      )}
      <Button type="submit" disabled={submitting} className="margin-top-3">
        {submitting ? 'Submitting…' : 'Submit the request'}
      </Button>
    </form>
  );
}

const failureMessage = (failure: SubmitFailure | null) => (failure?.kind === 'api' ? failure.error.message : undefined);
