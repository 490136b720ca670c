import { useState, type FormEvent, type RefObject } from 'react';
import {
  Button,
  ButtonGroup,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Modal,
  ModalFooter,
  ModalHeading,
  Radio,
  type ModalRef,
} from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { apiFieldErrors, type DecisionKind } from '@abate/web/core';
import { centsToDollarsText, parseDollars, type RoundDetail } from '@abate/web/rounds';
import { ErrorSummary, MoneyField, TextAreaField, type FormError } from '@abate/web/ui';
import { useDecideApplication, type RankingRow } from '../hooks/useRanking';
import {
  budgetLeftCents,
  decisionErrors,
  defaultAwardCents,
  decisionFieldForPath,
  initialDecisionValues,
  toDecisionInput,
  type DecisionContext,
  type DecisionField,
  type DecisionValues,
} from '../lib/decision-form';
import { formatScore, overrideNeed, rowAdvice } from '../lib/funding-line';
import { flagTitle } from './DecisionSummary';

const fieldIds: Record<DecisionField, string> = {
  decision: 'decision-award',
  amount: 'decision-amount',
  conditions: 'decision-conditions',
  overrideReason: 'decision-override-reason',
  reason: 'decision-reason',
};

const HEADING_ID = 'decision-dialog-heading';
const DESCRIPTION_ID = 'decision-dialog-description';

export interface DecisionDialogProps {
  modalRef: RefObject<ModalRef | null>;
  round: RoundDetail;
  /** The row being decided, as shown; null while the dialog has not been opened. */
  row: RankingRow | null;
  /** The same application in the raw-score ranking, which the API checks awards against. */
  rawRow: RankingRow | null;
  /** Bumped on each opening so the form starts afresh. */
  opening: number;
  budgetCents: string;
  awardedCents: string;
  onSaved: (message: string) => void;
}

/** The USWDS modal in which an officer awards or declines one application. */
export function DecisionDialog({
  modalRef,
  round,
  row,
  rawRow,
  opening,
  budgetCents,
  awardedCents,
  onSaved,
}: DecisionDialogProps) {
  const close = () => modalRef.current?.toggleModal(undefined, false);
  return (
    <Modal ref={modalRef} id="decision-dialog" isLarge aria-labelledby={HEADING_ID} aria-describedby={DESCRIPTION_ID}>
      {row ? (
        <DecisionForm
          key={`${row.application.id}#${opening}`}
          round={round}
          row={row}
          rawRow={rawRow ?? row}
          budgetCents={budgetCents}
          awardedCents={awardedCents}
          onCancel={close}
          onSaved={(message) => {
            close();
            onSaved(message);
          }}
        />
      ) : (
        <ModalHeading id={HEADING_ID}>Decide</ModalHeading>
      )}
    </Modal>
  );
}

interface DecisionFormProps {
  round: RoundDetail;
  row: RankingRow;
  rawRow: RankingRow;
  budgetCents: string;
  awardedCents: string;
  onCancel: () => void;
  onSaved: (message: string) => void;
}

const applicationName = (row: RankingRow) => row.application.title ?? `${row.organizationName}’s application`;

function DecisionForm({ round, row, rawRow, budgetCents, awardedCents, onCancel, onSaved }: DecisionFormProps) {
  const override = overrideNeed(rawRow);
  const context: DecisionContext = {
    requestedCents: BigInt(row.requestedCents),
    recommendedCents: BigInt(rawRow.recommendedCents),
    minAwardCents: BigInt(round.minAwardCents),
    maxAwardCents: BigInt(round.maxAwardCents),
    budgetCents: BigInt(budgetCents),
    awardedCents: BigInt(awardedCents),
    override,
    existing: row.decision,
  };
  const { decide, fetching } = useDecideApplication();
  const [values, setValues] = useState<DecisionValues>(() =>
    initialDecisionValues(context, centsToDollarsText(defaultAwardCents(context))),
  );
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>({});
  const [summary, setSummary] = useState<FormError[]>([]);
  const set = (field: DecisionField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const itemTitles = new Map(round.checklist.items.map((item) => [item.key, item.title]));
  const gapTitles = rawRow.criticalGaps.map((key) => itemTitles.get(key) ?? key);
  const name = applicationName(row);
  const label = row.application.trackingId ? `${name} (${row.application.trackingId})` : name;
  const left = budgetLeftCents(context);
  const advice = rowAdvice(rawRow);

  const show = (found: Partial<Record<DecisionField, string>>, general: string[] = []) => {
    setErrors(found);
    setSummary([
      ...general.map((message) => ({ message })),
      ...(Object.keys(fieldIds) as DecisionField[]).flatMap((field) =>
        found[field] ? [{ message: found[field], fieldId: fieldIds[field] }] : [],
      ),
    ]);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const amountCents = parseDollars(values.amount);
    const found = decisionErrors(values, amountCents, context);
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    show({});
    const input = toDecisionInput(values, amountCents, { override });
    const result = await decide(row.application.id, input);
    if (result.error || !result.data) {
      const byField: Partial<Record<DecisionField, string>> = {};
      const general: string[] = [];
      for (const { message, field } of result.error
        ? apiFieldErrors(result.error)
        : [{ message: 'The decision could not be saved. Try again.' }]) {
        const target = field ? decisionFieldForPath(field) : undefined;
        if (target) byField[target] = message;
        else general.push(message);
      }
      show(byField, general);
      return;
    }
    onSaved(
      input.decision === 'AWARD'
        ? `Decision saved: award of ${formatDollars(input.amountCents ?? 0)} to ${label}.`
        : `Decision saved: ${label} declined.`,
    );
  };

  const choose = (decision: DecisionKind) => setValues((current) => ({ ...current, decision }));

  return (
    <form onSubmit={submit} noValidate>
      <ModalHeading id={HEADING_ID}>Decide: {label}</ModalHeading>
      <div id={DESCRIPTION_ID} className="usa-prose">
        <p className="margin-top-1">
          {row.organizationName} · rank {row.rank} · score {formatScore(row.score)} ·{' '}
          {formatDollars(row.requestedCents)} requested ·{' '}
          {advice === 'recommended' ? `${formatDollars(rawRow.recommendedCents)} recommended` : adviceText[advice]}
        </p>
        {gapTitles.length > 0 && <p>Critical gaps: {gapTitles.join('; ')}.</p>}
        {row.safeguardFlags.length > 0 && (
          <ul>
            {row.safeguardFlags.map((flag) => (
              <li key={flag.code}>
                <strong>{flagTitle(flag.code)}:</strong> {flag.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {row !== rawRow && row.aboveFundingLine !== rawRow.aboveFundingLine && (
        <p className="usa-hint">
          Awards are checked against the ranking by raw scores, where this application is{' '}
          {rawRow.aboveFundingLine ? 'above' : 'below'} the funding line.
        </p>
      )}

      <ErrorSummary errors={summary} />

      <FormGroup error={Boolean(errors.decision)}>
        <Fieldset legend="Decision" aria-describedby={errors.decision ? 'decision-error' : undefined}>
          {errors.decision && <ErrorMessage id="decision-error">{errors.decision}</ErrorMessage>}
          <Radio
            id="decision-award"
            name="decision"
            value="AWARD"
            label="Award"
            checked={values.decision === 'AWARD'}
            onChange={() => choose('AWARD')}
            data-focus
          />
          <Radio
            id="decision-decline"
            name="decision"
            value="DECLINE"
            label="Decline"
            checked={values.decision === 'DECLINE'}
            onChange={() => choose('DECLINE')}
          />
        </Fieldset>
      </FormGroup>

      {values.decision === 'AWARD' && (
        <>
          <MoneyField
            id={fieldIds.amount}
            label="Amount to award"
            hint={`Between ${formatDollars(round.minAwardCents)} and ${formatDollars(round.maxAwardCents)}, and no more than the ${formatDollars(row.requestedCents)} requested. ${formatDollars(left > 0n ? left : 0n)} of the budget is left for this award.`}
            value={values.amount}
            onChange={set('amount')}
            error={errors.amount}
          />
          <TextAreaField
            id={fieldIds.conditions}
            label="Conditions (optional)"
            hint="Attached to the award; the applicant reads them when decisions are released."
            value={values.conditions}
            onChange={set('conditions')}
            error={errors.conditions}
          />
          {override && (
            <TextAreaField
              id={fieldIds.overrideReason}
              label="Reason for awarding against the ranking"
              hint={
                override === 'critical-gap'
                  ? `This application has a critical gap (${gapTitles.join('; ')}), so the ranking does not recommend it. Say why you are awarding it anyway: the reason is audited and shown in the ranking.`
                  : 'This application is below the funding line, so the ranking does not recommend it. Say why you are awarding it anyway: the reason is audited and shown in the ranking.'
              }
              value={values.overrideReason}
              onChange={set('overrideReason')}
              error={errors.overrideReason}
            />
          )}
        </>
      )}
      {values.decision === 'DECLINE' && (
        <TextAreaField
          id={fieldIds.reason}
          label="Reason for declining"
          hint="The applicant reads this when decisions are released."
          value={values.reason}
          onChange={set('reason')}
          error={errors.reason}
        />
      )}

      <ModalFooter>
        <ButtonGroup>
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus. */}
          <Button type="submit" aria-disabled={fetching}>
            {fetching ? 'Saving…' : 'Save decision'}
          </Button>
          <Button type="button" unstyled className="padding-105 text-center" onClick={onCancel}>
            Cancel
          </Button>
        </ButtonGroup>
      </ModalFooter>
    </form>
  );
}

const adviceText = {
  'critical-gap': 'not recommended: critical gap',
  unscored: 'not recommended: no reviews yet',
  'below-line': 'below the funding line',
} as const;
