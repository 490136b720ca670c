import { useState, type FormEvent } from 'react';
import { Button, Form } from '@trussworks/react-uswds';
import type { OrganizationKind } from '@abate/web/core';
import { fipsProblem } from '@abate/shared/jurisdictions';
import { organizationKindLabels } from '@abate/web/rounds';
import { ErrorSummary, InputField, SelectField, type FormError } from '@abate/web/ui';

export interface OrganizationValues {
  name: string;
  kind: OrganizationKind | '';
  state: string;
  fipsCode: string;
  population: string;
}

export const emptyOrganization: OrganizationValues = { name: '', kind: '', state: '', fipsCode: '', population: '' };

type Field = keyof OrganizationValues;
const fieldIds: Record<Field, string> = {
  name: 'organization-name',
  kind: 'organization-kind',
  state: 'organization-state',
  fipsCode: 'organization-fips',
  population: 'organization-population',
};

/** The field of the form an API input path names (input.fipsCode → the FIPS field). */
export const organizationFieldId = (path: string): string | undefined =>
  fieldIds[path.replace(/^input\./, '') as Field];

export interface OrganizationInputValues {
  name: string;
  kind: OrganizationKind;
  state: string;
  fipsCode: string;
  population: number;
}

function check(values: OrganizationValues): { errors: FormError[]; input?: OrganizationInputValues } {
  const errors: FormError[] = [];
  const add = (field: Field, message: string) => errors.push({ message, fieldId: fieldIds[field] });
  const name = values.name.trim();
  const state = values.state.trim().toUpperCase();
  const fipsCode = values.fipsCode.trim();
  const population = Number(values.population.replace(/,/g, '').trim());
  if (name.length < 2) add('name', 'Enter the organization’s name (at least 2 characters)');
  if (!values.kind) add('kind', 'Choose what kind of organization it is');
  if (!/^[A-Z]{2}$/.test(state)) add('state', 'Enter the two-letter postal code of the state, such as NC');
  else {
    const problem = fipsProblem(state, fipsCode);
    if (problem) add(problem.includes('state or territory') ? 'state' : 'fipsCode', problem);
  }
  if (!values.population.trim() || !Number.isInteger(population) || population < 0 || population > 100_000_000)
    add('population', 'Enter the population as a whole number between 0 and 100,000,000');
  if (errors.length) return { errors };
  return { errors, input: { name, kind: values.kind as OrganizationKind, state, fipsCode, population } };
}

export interface OrganizationFormProps {
  initial: OrganizationValues;
  submitLabel: string;
  busy: boolean;
  /** Saves; returns the API's errors (empty when saved). */
  onSubmit: (input: OrganizationInputValues) => Promise<FormError[]>;
  onCancel?: () => void;
}

/** Name, kind, state, FIPS code and population: checked here as the API checks them. */
export function OrganizationForm({ initial, submitLabel, busy, onSubmit, onCancel }: OrganizationFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorOf = (field: Field) => errors.find((e) => e.fieldId === fieldIds[field])?.message;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const { errors: found, input } = check(values);
    setErrors(found);
    if (!input) return;
    setErrors(await onSubmit(input));
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <Form onSubmit={submit} noValidate large aria-label={submitLabel}>
        <InputField
          id={fieldIds.name}
          label="Name"
          value={values.name}
          onChange={set('name')}
          error={errorOf('name')}
        />
        <SelectField
          id={fieldIds.kind}
          label="Kind"
          value={values.kind}
          onChange={set('kind')}
          placeholder="- Select -"
          options={Object.entries(organizationKindLabels).map(([value, label]) => ({ value, label }))}
          error={errorOf('kind')}
        />
        <InputField
          id={fieldIds.state}
          label="State"
          hint="Two-letter postal code, such as NC."
          width="2xs"
          value={values.state}
          onChange={set('state')}
          error={errorOf('state')}
        />
        <InputField
          id={fieldIds.fipsCode}
          label="FIPS code"
          hint="Five digits, such as 37001 for Alamance County, NC."
          width="xs"
          inputMode="numeric"
          value={values.fipsCode}
          onChange={set('fipsCode')}
          error={errorOf('fipsCode')}
        />
        <InputField
          id={fieldIds.population}
          label="Population"
          width="sm"
          inputMode="numeric"
          value={values.population}
          onChange={set('population')}
          error={errorOf('population')}
        />
        <div className="margin-top-3">
          <Button type="submit" disabled={busy}>
            {busy ? 'Saving…' : submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </Form>
    </>
  );
}
