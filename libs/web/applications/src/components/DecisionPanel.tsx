import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useQuery } from 'urql';
import { formatDollars } from '@abate/shared/checklist';
import { applicantDecisionQuery } from '../graphql/applications.documents';

export interface DecisionPanelProps {
  applicationId: string;
  /** Checklist item titles and scale labels, to show reviewers' ratings in words. */
  itemTitles: ReadonlyMap<string, string>;
  scaleLabels: ReadonlyMap<string, string>;
}

/** The released decision, and what each reviewer wrote, labelled "Reviewer 1", "Reviewer 2" (never names). */
export function DecisionPanel({ applicationId, itemTitles, scaleLabels }: DecisionPanelProps) {
  const [{ data, error }] = useQuery({ query: applicantDecisionQuery, variables: { id: applicationId } });
  if (error) {
    return (
      <Alert type="error" slim className="margin-bottom-3">
        <AlertText>The decision could not be loaded. Reload the page to try again.</AlertText>
      </Alert>
    );
  }
  const decision = data?.application.decision;
  if (!decision) return null;
  const reviews = data?.applicationReviews ?? [];

  return (
    <section aria-labelledby="decision-heading" className="margin-bottom-4">
      <h2 id="decision-heading">Decision</h2>
      {decision.decision === 'AWARD' ? (
        <Alert type="success" id="decision">
          <AlertHeading level="h3">{`Awarded ${formatDollars(decision.amountCents ?? 0)}`}</AlertHeading>
          <AlertText>
            {decision.conditions ? `Conditions: ${decision.conditions}` : 'No conditions are attached to this award.'}
          </AlertText>
        </Alert>
      ) : (
        <Alert type="info" id="decision">
          <AlertHeading level="h3">Not funded</AlertHeading>
          <AlertText>{decision.reason}</AlertText>
        </Alert>
      )}
      {reviews.length > 0 && (
        <>
          <h3>What the reviewers wrote</h3>
          {reviews.map((review) => (
            <details key={review.label} className="margin-bottom-2">
              <summary className="text-bold">{review.label}</summary>
              {review.overallComment && <p>{review.overallComment}</p>}
              <ul className="usa-list">
                {review.scores
                  .filter((score) => score.comment)
                  .map((score) => (
                    <li key={score.itemKey}>
                      <strong>{itemTitles.get(score.itemKey) ?? score.itemKey}</strong> (
                      {scaleLabels.get(String(score.rating)) ?? score.rating}): {score.comment}
                    </li>
                  ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
