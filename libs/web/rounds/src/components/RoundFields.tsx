import { Fieldset } from '@trussworks/react-uswds';
import type { OrganizationKind } from '@abate/web/core';
import { CheckboxesField, InputField, MoneyField, SelectField, TextAreaField } from '@abate/web/ui';
import { organizationKindLabels, organizationKinds } from '../lib/labels';
import {
  editableWhenPublished,
  ELIGIBLE_KINDS_ID,
  previewInZone,
  roundFieldIds,
  type RoundField,
  type RoundFieldErrors,
  type RoundFormValues,
} from '../lib/round-form';
import { timeZoneOptions } from '../lib/time-zones';

export interface RoundFieldsProps {
  values: RoundFormValues;
  onChange: <F extends RoundField>(field: F, value: RoundFormValues[F]) => void;
  errors: RoundFieldErrors;
  /** A published round: only the title, description and deadline can change. */
  published?: boolean;
  /** The stored zone, offered even when it is not a common one. */
  storedTimeZone?: string;
}

const kindOptions = organizationKinds.map((kind) => ({ value: kind, label: organizationKindLabels[kind] }));

/** Every CreateFundingRoundInput field, grouped the way an officer thinks about a round. */
export function RoundFields({ values, onChange, errors, published = false, storedTimeZone = '' }: RoundFieldsProps) {
  const locked = (field: RoundField) => published && !editableWhenPublished.has(field);
  const zoneLabel =
    timeZoneOptions(storedTimeZone).find((zone) => zone.id === values.timeZone)?.label ?? values.timeZone;
  const timeHint = (local: string) => {
    const preview = previewInZone(local, values.timeZone);
    return (
      <>
        In the round’s time zone, {zoneLabel}.
        {preview && (
          <>
            {' '}
            Applicants will see <span className="text-bold">{preview}</span>.
          </>
        )}
      </>
    );
  };

  return (
    <>
      <Fieldset legend="About the round" legendStyle="large">
        <InputField
          id={roundFieldIds.title}
          label="Title"
          hint="Shown in the list of funding rounds, for example “2027 post-overdose outreach grants”."
          value={values.title}
          onChange={(value) => onChange('title', value)}
          error={errors.title}
        />
        <TextAreaField
          id={roundFieldIds.description}
          label="Description"
          hint="What the round funds and who should apply, shown on the public round page. Leave a blank line between paragraphs."
          value={values.description}
          onChange={(value) => onChange('description', value)}
          error={errors.description}
          rows={8}
        />
        <CheckboxesField<OrganizationKind>
          id={ELIGIBLE_KINDS_ID}
          legend="Who can apply"
          hint="Select every kind of organization that may apply."
          options={kindOptions}
          value={values.eligibleKinds}
          onChange={(value) => onChange('eligibleKinds', value)}
          error={errors.eligibleKinds}
          disabled={locked('eligibleKinds')}
        />
      </Fieldset>

      <Fieldset legend="When applications are accepted" legendStyle="large">
        <SelectField
          id={roundFieldIds.timeZone}
          label="Round’s time zone"
          hint="The opening time and deadline are in this zone, and applicants see them in it."
          value={values.timeZone}
          onChange={(value) => onChange('timeZone', value)}
          options={timeZoneOptions(storedTimeZone).map((zone) => ({ value: zone.id, label: zone.label }))}
          error={errors.timeZone}
          disabled={locked('timeZone')}
        />
        <InputField
          id={roundFieldIds.opensAt}
          type="datetime-local"
          label="Opens"
          hint={timeHint(values.opensAt)}
          value={values.opensAt}
          onChange={(value) => onChange('opensAt', value)}
          error={errors.opensAt}
          disabled={locked('opensAt')}
        />
        <InputField
          id={roundFieldIds.closesAt}
          type="datetime-local"
          label="Deadline"
          hint={
            <>
              {timeHint(values.closesAt)}
              {published && ' A published round’s deadline can only be extended.'}
            </>
          }
          value={values.closesAt}
          onChange={(value) => onChange('closesAt', value)}
          error={errors.closesAt}
        />
      </Fieldset>

      <Fieldset legend="Money" legendStyle="large">
        <MoneyField
          id={roundFieldIds.budget}
          label="Budget (dollars)"
          hint="The total the round awards, for example 2,500,000."
          value={values.budget}
          onChange={(value) => onChange('budget', value)}
          error={errors.budget}
          disabled={locked('budget')}
        />
        <MoneyField
          id={roundFieldIds.minAward}
          label="Smallest award (dollars)"
          value={values.minAward}
          onChange={(value) => onChange('minAward', value)}
          error={errors.minAward}
          disabled={locked('minAward')}
        />
        <MoneyField
          id={roundFieldIds.maxAward}
          label="Largest award (dollars)"
          hint="No more than the budget."
          value={values.maxAward}
          onChange={(value) => onChange('maxAward', value)}
          error={errors.maxAward}
          disabled={locked('maxAward')}
        />
      </Fieldset>

      <Fieldset legend="Grant period" legendStyle="large">
        <InputField
          id={roundFieldIds.grantStart}
          type="date"
          label="First day"
          value={values.grantStart}
          onChange={(value) => onChange('grantStart', value)}
          error={errors.grantStart}
          disabled={locked('grantStart')}
        />
        <InputField
          id={roundFieldIds.grantEnd}
          type="date"
          label="Last day"
          value={values.grantEnd}
          onChange={(value) => onChange('grantEnd', value)}
          error={errors.grantEnd}
          disabled={locked('grantEnd')}
        />
      </Fieldset>

      <Fieldset legend="Review" legendStyle="large">
        <InputField
          id={roundFieldIds.checklistKey}
          label="Checklist key"
          hint="The published best-practice checklist applications are scored against, for example porp-best-practice."
          value={values.checklistKey}
          onChange={(value) => onChange('checklistKey', value)}
          error={errors.checklistKey}
          disabled={locked('checklistKey')}
          width="lg"
        />
        <InputField
          id={roundFieldIds.checklistVersion}
          label="Checklist version"
          hint="A published version, for example 2023.1. The round is scored against this version even after newer ones are published."
          value={values.checklistVersion}
          onChange={(value) => onChange('checklistVersion', value)}
          error={errors.checklistVersion}
          disabled={locked('checklistVersion')}
          width="sm"
        />
        <InputField
          id={roundFieldIds.reviewersPerApplication}
          label="Reviewers per application"
          hint="How many reviewers score each application, from 1 to 10."
          inputMode="numeric"
          value={values.reviewersPerApplication}
          onChange={(value) => onChange('reviewersPerApplication', value)}
          error={errors.reviewersPerApplication}
          disabled={locked('reviewersPerApplication')}
          width="2xs"
        />
      </Fieldset>
    </>
  );
}
