import { useState, type FormEvent } from 'react';
import { Button, Form } from '@trussworks/react-uswds';
import { apiErrorText } from '@abate/web/core';
import { ErrorSummary, InputField, type FormError } from '@abate/web/ui';
import { useMutation } from 'urql';
import { updateOrganizationMutation } from '../graphql/admin.documents';
import { emailDomainProblem, normalizeDomain } from '../lib/labels';

export interface EmailDomainsProps {
  organization: { id: string; name: string; version: number; emailDomains: readonly string[] };
}

const FIELD = 'email-domain';

/**
 * The e-mail domains an organization claims: a verified sign-in through the state's
 * identity provider from one of them gets an account in this organization.
 */
export function EmailDomains({ organization }: EmailDomainsProps) {
  const [domain, setDomain] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [message, setMessage] = useState('');
  const [{ fetching }, update] = useMutation(updateOrganizationMutation);

  const save = async (emailDomains: string[], done: string) => {
    const result = await update({ id: organization.id, version: organization.version, input: { emailDomains } });
    if (result.error) {
      setErrors([{ message: apiErrorText(result.error), fieldId: FIELD }]);
      return false;
    }
    setErrors([]);
    setMessage(done);
    return true;
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const problem = emailDomainProblem(domain, organization.emailDomains);
    if (problem) {
      setErrors([{ message: problem, fieldId: FIELD }]);
      return;
    }
    const d = normalizeDomain(domain);
    if (await save([...organization.emailDomains, d], `${d} added.`)) setDomain('');
  };

  return (
    <section aria-labelledby="domains-heading" className="margin-top-5">
      <h2 id="domains-heading">E-mail domains</h2>
      <p className="usa-hint">
        People who sign in through the state’s identity provider with a verified address in one of these domains get an
        account in {organization.name}, as contributors.
      </p>
      {organization.emailDomains.length === 0 ? (
        <p>{organization.name} claims no e-mail domain.</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {organization.emailDomains.map((d) => (
            <li key={d} className="display-flex flex-align-center margin-bottom-1">
              <span className="margin-right-2">{d}</span>
              <Button
                type="button"
                unstyled
                disabled={fetching}
                aria-label={`Remove ${d}`}
                onClick={() =>
                  save(
                    organization.emailDomains.filter((x) => x !== d),
                    `${d} removed.`,
                  )
                }
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="text-bold">
        {message}
      </div>
      <ErrorSummary errors={errors} />
      <Form onSubmit={add} noValidate aria-label="Add an e-mail domain">
        <InputField
          id={FIELD}
          label="Add a domain"
          hint="Only the part after the @, such as alamancecountync.gov."
          value={domain}
          onChange={setDomain}
          error={errors[0]?.message}
        />
        <Button type="submit" outline disabled={fetching}>
          Add domain
        </Button>
      </Form>
    </section>
  );
}
