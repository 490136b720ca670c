import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, AlertText, Table, Tag } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { LoadFailed, Loading, type RoundDetail } from '@abate/web/rounds';
import { useApplicationReviews } from '../hooks/useApplicationReviews';
import { useRoundRanking, type RankingRow } from '../hooks/useRanking';
import { compareSelectionProblem, formatMean, itemRatings, type ItemRatings } from '../lib/compare';
import { formatScore, rowAdvice } from '../lib/funding-line';
import type { AwardsLinks } from '../lib/links';
import { DecisionSummary, flagTitle } from './DecisionSummary';
import './awards.css';

export interface CompareViewProps {
  round: RoundDetail;
  /** The applications to compare, from the page's query string. */
  applicationIds: readonly string[];
  links: AwardsLinks;
}

const applicationName = (row: RankingRow) => row.application.title ?? `${row.organizationName}’s application`;

/** Two to four applications side by side: the ranking's figures, then the mean rating of every checklist item. */
export function CompareView({ round, applicationIds, links }: CompareViewProps) {
  const problem = compareSelectionProblem(applicationIds.length);
  const { ranking, fetching, error, retry } = useRoundRanking(round.id, false);
  const reviews = useApplicationReviews(problem ? [] : applicationIds);

  if (problem) {
    return (
      <Alert type="warning" className="margin-bottom-3">
        <AlertText>
          {problem}: tick them in the Compare column of the ranking.{' '}
          <Link className="usa-link" to={links.ranking(round.id)}>
            Back to the ranking
          </Link>
        </AlertText>
      </Alert>
    );
  }
  if (!ranking && fetching) return <Loading what="Loading the ranking…" />;
  if (!ranking) return error ? <LoadFailed error={error} what="the ranking" onRetry={retry} /> : null;

  const rowsById = new Map(ranking.rows.map((row) => [row.application.id, row]));
  const rows = applicationIds.map((id) => rowsById.get(id)).filter((row): row is RankingRow => Boolean(row));
  const missing = applicationIds.length - rows.length;

  if (rows.length < 2) {
    return (
      <Alert type="warning" className="margin-bottom-3">
        <AlertText>
          {missing === applicationIds.length
            ? 'None of these applications is'
            : 'Fewer than two of these applications are'}{' '}
          in this round’s ranking.{' '}
          <Link className="usa-link" to={links.ranking(round.id)}>
            Choose applications from the ranking
          </Link>
        </AlertText>
      </Alert>
    );
  }

  const ratingsById = new Map(
    rows.map((row) => [row.application.id, itemRatings(reviews.reviews?.get(row.application.id) ?? [])]),
  );
  const itemTitles = new Map(round.checklist.items.map((item) => [item.key, item.title]));
  const domains = round.checklist.domains.map((domain) => ({
    ...domain,
    items: round.checklist.items.filter((item) => item.domain === domain.key),
  }));
  const columns = rows.length + 1;

  return (
    <>
      {missing > 0 && (
        <Alert type="warning" slim className="margin-bottom-3">
          <AlertText>
            {missing === 1 ? 'One application in the link is' : `${missing} applications in the link are`} not in this
            round’s ranking and
            {missing === 1 ? ' is' : ' are'} left out.
          </AlertText>
        </Alert>
      )}
      <p>
        Mean ratings are on the checklist’s 0 to 3 scale, over the submitted reviews. Items where two reviewers’ ratings
        are 2 or more apart are marked <span className="text-bold">Reviewers disagree</span>; critical items rated 0 are
        marked <span className="text-bold">Critical gap</span>.
      </p>
      {reviews.error && <LoadFailed error={reviews.error} what="every review" onRetry={reviews.retry} />}
      {reviews.fetching && <Loading what="Loading the reviews…" />}

      <div className="awards-full-bleed">
        <Table
          bordered
          fullWidth
          scrollable
          className="awards-table awards-compare"
          caption="Selected applications side by side"
        >
          <colgroup>
            <col className="awards-compare__labels" />
            {rows.map((row) => (
              <col key={row.application.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td />
              {rows.map((row) => (
                <th key={row.application.id} scope="col">
                  <span className="display-block">{applicationName(row)}</span>
                  {row.application.trackingId && (
                    <span className="display-block font-mono-3xs text-normal">{row.application.trackingId}</span>
                  )}
                  <span className="display-block text-normal font-sans-2xs">{row.organizationName}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <SummaryRow label="Rank" rows={rows} cell={(row) => String(row.rank)} />
            <SummaryRow label="Score (0–100)" rows={rows} cell={(row) => formatScore(row.score)} />
            <SummaryRow label="Normalized score" rows={rows} cell={(row) => formatScore(row.normalizedScore)} />
            <SummaryRow label="Reviews" rows={rows} cell={(row) => String(row.reviewerCount)} />
            <SummaryRow
              label="Spread between reviewers"
              rows={rows}
              cell={(row) => (row.spread === null ? '—' : row.spread.toFixed(1))}
            />
            <SummaryRow label="Requested" rows={rows} cell={(row) => formatDollars(row.requestedCents)} />
            <SummaryRow
              label="Recommended"
              rows={rows}
              cell={(row) => {
                const advice = rowAdvice(row);
                return advice === 'recommended'
                  ? formatDollars(row.recommendedCents)
                  : advice === 'critical-gap'
                    ? 'Not recommended: critical gap'
                    : advice === 'unscored'
                      ? 'Not recommended: no reviews yet'
                      : 'Below the funding line';
              }}
            />
            <SummaryRow
              label="Critical gaps"
              rows={rows}
              cell={(row) =>
                row.criticalGaps.length === 0
                  ? 'None'
                  : row.criticalGaps.map((key) => itemTitles.get(key) ?? key).join('; ')
              }
            />
            <SummaryRow
              label="Safeguard flags"
              rows={rows}
              cell={(row) =>
                row.safeguardFlags.length === 0 ? (
                  'None'
                ) : (
                  <ul className="usa-list usa-list--unstyled">
                    {row.safeguardFlags.map((flag) => (
                      <li key={flag.code} className="margin-bottom-1">
                        <Tag className="bg-secondary-dark text-no-uppercase">{flagTitle(flag.code)}</Tag>
                        <span className="display-block font-sans-2xs">{flag.message}</span>
                      </li>
                    ))}
                  </ul>
                )
              }
            />
            <SummaryRow label="Decision" rows={rows} cell={(row) => <DecisionSummary decision={row.decision} />} />
          </tbody>
          {domains.map((domain) => (
            <tbody key={domain.key}>
              <tr>
                <th scope="rowgroup" colSpan={columns} className="bg-base-lightest">
                  {domain.title}
                </th>
              </tr>
              {domain.items.map((item) => (
                <tr key={item.key}>
                  <th scope="row" className="text-normal">
                    {item.title}
                    <span className="display-block font-sans-3xs text-base-dark">
                      Weight {item.weight}
                      {item.critical ? ', critical' : ''}
                    </span>
                  </th>
                  {rows.map((row) => (
                    <RatingCell
                      key={row.application.id}
                      ratings={ratingsById.get(row.application.id)?.get(item.key)}
                      gap={row.criticalGaps.includes(item.key)}
                      loading={reviews.fetching}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </Table>
      </div>
    </>
  );
}

function SummaryRow({
  label,
  rows,
  cell,
}: {
  label: string;
  rows: RankingRow[];
  cell: (row: RankingRow) => ReactNode;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {rows.map((row) => (
        <td key={row.application.id}>{cell(row)}</td>
      ))}
    </tr>
  );
}

function RatingCell({ ratings, gap, loading }: { ratings: ItemRatings | undefined; gap: boolean; loading: boolean }) {
  if (!ratings) return <td className={gap ? 'awards-cell--gap' : undefined}>{loading ? '…' : 'Not rated'}</td>;
  const className =
    [ratings.disagreement ? 'awards-cell--disagreement' : '', gap ? 'awards-cell--gap' : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <td className={className}>
      <span className="text-bold text-tabular">{formatMean(ratings.mean)}</span>
      <span className="font-sans-3xs text-base-dark">
        {' '}
        (<span className="usa-sr-only">ratings </span>
        {ratings.ratings.join(', ')})
      </span>
      {ratings.disagreement && (
        <div className="margin-top-05">
          <Tag className="bg-gold text-ink text-no-uppercase">Reviewers disagree</Tag>
        </div>
      )}
      {gap && (
        <div className="margin-top-05">
          <Tag className="bg-secondary-dark text-no-uppercase">Critical gap</Tag>
        </div>
      )}
    </td>
  );
}
