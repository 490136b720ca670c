import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  AlertHeading,
  AlertText,
  Button,
  Checkbox,
  ErrorMessage,
  Table,
  Tag,
  type ModalRef,
} from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { LoadFailed, Loading, type RoundDetail } from '@abate/web/rounds';
import { Pager } from '@abate/web/ui';
import {
  RANKING_PAGE_SIZE,
  useRankingPages,
  useRoundRanking,
  type RankingRow,
  type RoundRanking,
} from '../hooks/useRanking';
import { compareSearch, compareSelectionProblem, MAX_COMPARE, MIN_COMPARE } from '../lib/compare';
import { formatScore, fundingLineIndexInPage, fundingLineText, rowAdvice } from '../lib/funding-line';
import type { AwardsLinks } from '../lib/links';
import { DecisionDialog } from './DecisionDialog';
import { DecisionSummary, flagTitle } from './DecisionSummary';
import { ExportLinks } from './ExportLinks';
import { ReleaseDecisions } from './ReleaseDecisions';
import './awards.css';

export interface RankingViewProps {
  round: RoundDetail;
  /** Program officers decide and release; auditors only read. */
  canAct: boolean;
  links: AwardsLinks;
}

const applicationName = (row: RankingRow) => row.application.title ?? `${row.organizationName}’s application`;
const applicationLabel = (row: RankingRow) =>
  row.application.trackingId ? `${applicationName(row)} (${row.application.trackingId})` : applicationName(row);
/** The row as the ranking by raw scores has it, which decisions are checked against. */
const rawRowOf = (row: RankingRow): RankingRow => ({
  ...row,
  aboveFundingLine: row.rawAboveFundingLine,
  recommendedCents: row.rawRecommendedCents,
});
const count = new Intl.NumberFormat('en-US');

/** The ranking with its funding line, decisions, comparisons, exports and the release of decisions. */
export function RankingView({ round, canAct, links }: RankingViewProps) {
  const [normalize, setNormalize] = useState(false);
  // The ranking is read a page at a time; each order keeps its own place.
  const rawPages = useRankingPages();
  const normalizedPages = useRankingPages();
  const raw = useRoundRanking(round.id, false, rawPages.request);
  const normalized = useRoundRanking(round.id, true, normalizedPages.request, !normalize);
  const shown = normalize ? normalized : raw;
  const pages = normalize ? normalizedPages : rawPages;
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [compareError, setCompareError] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<{ applicationId: string; opening: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [released, setReleased] = useState(false);
  const modalRef = useRef<ModalRef>(null);
  const releasedRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const turnedPage = useRef(false);
  const navigate = useNavigate();

  useEffect(() => {
    if (released) releasedRef.current?.focus();
  }, [released]);
  // After turning a page, focus goes to the ranking's heading, so reading starts at the new rows.
  useEffect(() => {
    if (turnedPage.current) headingRef.current?.focus();
    turnedPage.current = false;
  }, [pages.page]);

  if (!raw.ranking && raw.fetching) return <Loading what="Loading the ranking…" />;
  if (!raw.ranking) return raw.error ? <LoadFailed error={raw.error} what="the ranking" onRetry={raw.retry} /> : null;

  const rawRanking = raw.ranking;
  const ranking = shown.ranking;
  const decisionsOpen = round.status === 'REVIEW';
  const canDecide = canAct && decisionsOpen;
  const decidingRow = deciding
    ? ((ranking ?? rawRanking).rows.find((row) => row.application.id === deciding.applicationId) ?? null)
    : null;
  // Counted by the API over the whole ranking, not over the page shown.
  const total = rawRanking.totalCount;
  const undecided = rawRanking.undecidedCount;
  const turnPage = (turn: () => void) => {
    turnedPage.current = true;
    turn();
  };

  const openDecision = (applicationId: string) => {
    setDeciding((current) => ({ applicationId, opening: (current?.opening ?? 0) + 1 }));
    modalRef.current?.toggleModal(undefined, true);
  };
  const toggleSelected = (applicationId: string, checked: boolean) => {
    setCompareError(null);
    setSelected((current) => (checked ? [...current, applicationId] : current.filter((id) => id !== applicationId)));
  };
  const compare = () => {
    const problem = compareSelectionProblem(selected.length);
    if (problem) {
      setCompareError(problem);
      return;
    }
    navigate(`${links.compare(round.id)}${compareSearch(selected)}`);
  };

  return (
    <>
      {released || round.status === 'DECIDED' ? (
        <div ref={releasedRef} tabIndex={-1}>
          <Alert type="success" className="margin-bottom-3">
            <AlertHeading level="h2">Decisions released</AlertHeading>
            <AlertText>
              This round is decided. The decisions below are final: the awards are created and each applicant
              organization has been told its decision.
            </AlertText>
          </Alert>
        </div>
      ) : (
        <RoundStateNotice round={round} />
      )}
      {!canAct && (
        <Alert type="info" slim className="margin-bottom-3">
          <AlertText>
            You can read the ranking and the decisions. Only program officers record and release decisions.
          </AlertText>
        </Alert>
      )}

      {/* The line moves with the normalized scores; what is awarded does not. */}
      <BudgetSummary ranking={ranking ?? rawRanking} decided={total - undecided} />

      <div role="status" aria-live="polite" className="margin-bottom-2">
        {announcement && (
          <Alert type="success" slim>
            <AlertText>{announcement}</AlertText>
          </Alert>
        )}
      </div>

      <section aria-labelledby="ranking-heading" className="margin-bottom-5">
        <h2 id="ranking-heading" ref={headingRef} tabIndex={-1}>
          Ranking
        </h2>
        <Checkbox
          id="ranking-normalize"
          name="normalize"
          label="Use normalized scores"
          labelDescription="Evens out reviewers who score more strictly or more generously than the rest. Awards are still checked against the ranking by raw scores."
          checked={normalize}
          onChange={(event) => setNormalize(event.target.checked)}
        />
        <p className="margin-top-2">
          <span className="text-bold">Tie rule: </span>
          {rawRanking.tieRule}
        </p>
        <p className="usa-sr-only" aria-live="polite">
          {normalize ? (normalized.ranking ? 'Ranked by normalized scores.' : '') : 'Ranked by raw scores.'}
        </p>

        {!ranking ? (
          shown.error ? (
            <LoadFailed error={shown.error} what="the ranking by normalized scores" onRetry={shown.retry} />
          ) : (
            <Loading what="Ranking by normalized scores…" />
          )
        ) : ranking.totalCount === 0 ? (
          <p>No application has been submitted to this round yet.</p>
        ) : (
          <>
            <CompareControls count={selected.length} error={compareError} onCompare={compare} />
            <RankingTable
              ranking={ranking}
              round={round}
              canDecide={canDecide}
              selected={selected}
              onToggle={toggleSelected}
              onDecide={openDecision}
            />
            <Pager
              label="Ranking pages"
              page={pages.page}
              pageCount={Math.ceil(ranking.totalCount / RANKING_PAGE_SIZE)}
              hasNextPage={ranking.pageInfo.hasNextPage}
              loading={shown.fetching}
              status={shown.fetching ? 'Loading the page…' : showingText(ranking)}
              onPrevious={() => turnPage(pages.previous)}
              onNext={() => turnPage(() => pages.next(ranking.pageInfo.endCursor))}
              onFirst={() => turnPage(pages.reset)}
            />
          </>
        )}
      </section>

      <section aria-labelledby="exports-heading" className="margin-bottom-5">
        <h2 id="exports-heading">Download for the board packet</h2>
        <p>
          Each table comes as CSV or as an Excel workbook, ranked by raw scores, with the decisions recorded so far.
        </p>
        <ExportLinks roundId={round.id} />
      </section>

      {canDecide && (
        <section aria-labelledby="release-heading" className="margin-bottom-5">
          <h2 id="release-heading">Release decisions</h2>
          <p>
            {undecided === 0
              ? `Every application has a decision. Awards total ${formatDollars(rawRanking.awardedCents)} of the ${formatDollars(rawRanking.budgetCents)} budget.`
              : `${count.format(total - undecided)} of ${count.format(total)} applications have a decision. Decide the rest before releasing.`}{' '}
            Until you release them, decisions can change and applicants cannot see them.
          </p>
          <ReleaseDecisions
            roundId={round.id}
            undecided={undecided}
            total={total}
            onReleased={() => setReleased(true)}
          />
        </section>
      )}

      {canDecide && (
        <DecisionDialog
          modalRef={modalRef}
          round={round}
          row={decidingRow}
          rawRow={decidingRow ? rawRowOf(decidingRow) : null}
          opening={deciding?.opening ?? 0}
          budgetCents={rawRanking.budgetCents}
          awardedCents={rawRanking.awardedCents}
          onSaved={setAnnouncement}
        />
      )}
    </>
  );
}

function RoundStateNotice({ round }: { round: RoundDetail }) {
  let message: string | null = null;
  if (round.status === 'DRAFT')
    message = 'This round is a draft. Decisions can be recorded only while the round is in review, after its deadline.';
  if (round.status === 'PUBLISHED') {
    message = `This round is still open (deadline ${round.closesAtLocal}). Decisions can be recorded only while the round is in review, after the deadline. The ranking covers the reviews submitted so far.`;
  }
  if (!message) return null;
  return (
    <Alert type="info" slim className="margin-bottom-3">
      <AlertText>{message}</AlertText>
    </Alert>
  );
}

function BudgetSummary({ ranking, decided }: { ranking: RoundRanking; decided: number }) {
  const left = BigInt(ranking.budgetCents) - BigInt(ranking.awardedCents);
  return (
    <div className="usa-summary-box margin-bottom-3" role="region" aria-labelledby="budget-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="budget-heading">
          Budget
        </h2>
        <div className="usa-summary-box__text">
          <dl className="grid-row grid-gap margin-0">
            <Figure term="Round budget">{formatDollars(ranking.budgetCents)}</Figure>
            <Figure term="Recommended above the funding line">{formatDollars(ranking.fundedCents)}</Figure>
            <Figure term="Awarded so far">
              {formatDollars(ranking.awardedCents)} of {formatDollars(ranking.budgetCents)}
            </Figure>
            <Figure term="Left to award">{formatDollars(left)}</Figure>
            <Figure term="Decisions recorded">
              {count.format(decided)} of {count.format(ranking.totalCount)}
            </Figure>
          </dl>
        </div>
      </div>
    </div>
  );
}

function Figure({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="tablet:grid-col-auto margin-bottom-1 margin-right-3">
      <dt className="font-sans-2xs">{term}</dt>
      <dd className="margin-0 text-bold font-sans-md text-tabular">{children}</dd>
    </div>
  );
}

function CompareControls({ count, error, onCompare }: { count: number; error: string | null; onCompare: () => void }) {
  return (
    <div className="margin-y-2">
      {error && (
        <ErrorMessage id="compare-error" className="margin-bottom-1">
          {error}
        </ErrorMessage>
      )}
      <Button
        type="button"
        outline
        onClick={onCompare}
        aria-describedby={error ? 'compare-error compare-count' : 'compare-count'}
      >
        Compare selected
      </Button>
      <span id="compare-count" className="font-sans-2xs margin-left-1">
        {count} selected. Tick {MIN_COMPARE} to {MAX_COMPARE} applications in the Compare column.
      </span>
    </div>
  );
}

interface RankingTableProps {
  ranking: RoundRanking;
  round: RoundDetail;
  canDecide: boolean;
  selected: readonly string[];
  onToggle: (applicationId: string, checked: boolean) => void;
  onDecide: (applicationId: string) => void;
}

const adviceText = {
  'critical-gap': 'Not recommended: critical gap',
  unscored: 'Not recommended: no reviews yet',
  'below-line': 'Below the funding line',
} as const;

function RankingTable({ ranking, round, canDecide, selected, onToggle, onDecide }: RankingTableProps) {
  const itemTitles = new Map(round.checklist.items.map((item) => [item.key, item.title]));
  const { rows, lastRankAboveFundingLine } = ranking;
  // The line's place is known over the whole ranking; it shows on the page (or pages) where it falls.
  const lineAt = fundingLineIndexInPage(rows, lastRankAboveFundingLine);
  const lineText = fundingLineText(ranking.fundedCents, ranking.budgetCents);
  const columns = 13;
  const caption = `Applications by rank${ranking.normalized ? ', using normalized scores' : ''}${
    rows.length > 0 ? `, ${rows[0].rank} to ${rows[rows.length - 1].rank} of ${count.format(ranking.totalCount)}` : ''
  }. ${
    lastRankAboveFundingLine === 0
      ? 'No application is above the funding line'
      : `The funding line falls after rank ${lastRankAboveFundingLine}`
  }: ${formatDollars(ranking.fundedCents)} of the ${formatDollars(ranking.budgetCents)} budget recommended.`;

  const lineRow = (
    <tr key="funding-line" className="awards-funding-line" data-funding-line>
      <td colSpan={columns}>{lineText}</td>
    </tr>
  );

  return (
    <div className="awards-full-bleed">
      <Table bordered={false} fullWidth scrollable className="awards-table awards-ranking" caption={caption}>
        <thead>
          <tr>
            <th scope="col">Compare</th>
            <th scope="col">Rank</th>
            <th scope="col">Organization</th>
            <th scope="col" className="awards-col--application">
              Application
            </th>
            <th scope="col" className="text-right">
              Score
            </th>
            <th scope="col" className="text-right">
              Normalized score
            </th>
            <th scope="col" className="text-right">
              Reviews
            </th>
            <th scope="col" className="text-right">
              Spread
            </th>
            <th scope="col" className="awards-col--text">
              Critical gaps
            </th>
            <th scope="col" className="awards-col--text">
              Flags
            </th>
            <th scope="col" className="text-right">
              Requested
            </th>
            <th scope="col" className="text-right">
              Recommended
            </th>
            <th scope="col" className="awards-col--text">
              Decision
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row, index) => {
            const label = applicationLabel(row);
            const advice = rowAdvice(row);
            const cells = (
              <tr key={row.application.id} data-application-id={row.application.id}>
                <td>
                  <div className="usa-checkbox bg-transparent">
                    <input
                      className="usa-checkbox__input"
                      type="checkbox"
                      id={`compare-${row.application.id}`}
                      checked={selected.includes(row.application.id)}
                      onChange={(event) => onToggle(row.application.id, event.target.checked)}
                    />
                    <label
                      className="usa-checkbox__label awards-box-only margin-top-0"
                      htmlFor={`compare-${row.application.id}`}
                    >
                      <span className="usa-sr-only">Compare {label}</span>
                    </label>
                  </div>
                </td>
                <td className="text-tabular">{row.rank}</td>
                <td>{row.organizationName}</td>
                <th scope="row">
                  <span className="display-block">{applicationName(row)}</span>
                  {row.application.trackingId && (
                    <span className="display-block font-mono-3xs text-normal">{row.application.trackingId}</span>
                  )}
                </th>
                <td className="text-right text-tabular">{formatScore(row.score)}</td>
                <td className="text-right text-tabular">{formatScore(row.normalizedScore)}</td>
                <td className="text-right text-tabular">{row.reviewerCount}</td>
                <td className="text-right text-tabular">
                  {row.spread === null ? '—' : row.spread.toFixed(1)}
                  {row.disagreements.length > 0 && (
                    <span className="display-block font-sans-3xs">
                      {row.disagreements.length} {row.disagreements.length === 1 ? 'item' : 'items'} disputed
                    </span>
                  )}
                </td>
                <td>
                  {row.criticalGaps.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="usa-list usa-list--unstyled">
                      {row.criticalGaps.map((key) => (
                        <li key={key}>{itemTitles.get(key) ?? key}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {row.safeguardFlags.length === 0
                    ? 'None'
                    : row.safeguardFlags.map((flag) => (
                        <Tag
                          key={flag.code}
                          className="bg-secondary-dark text-no-uppercase margin-right-05 margin-bottom-05 display-inline-block"
                        >
                          {flagTitle(flag.code)}
                        </Tag>
                      ))}
                </td>
                <td className="text-right text-tabular awards-nowrap">{formatDollars(row.requestedCents)}</td>
                <td className="text-right text-tabular">
                  {advice === 'recommended' ? formatDollars(row.recommendedCents) : adviceText[advice]}
                </td>
                <td>
                  <DecisionSummary decision={row.decision} />
                  {canDecide && row.application.status === 'SUBMITTED' && (
                    <Button
                      type="button"
                      outline
                      className="awards-nowrap margin-top-1 padding-x-105 padding-y-1"
                      onClick={() => onDecide(row.application.id)}
                      aria-controls="decision-dialog"
                    >
                      {row.decision ? 'Change decision' : 'Decide'}
                      <span className="usa-sr-only"> on {label}</span>
                    </Button>
                  )}
                </td>
              </tr>
            );
            return index === lineAt ? [lineRow, cells] : [cells];
          })}
          {lineAt !== null && lineAt === rows.length && lineRow}
        </tbody>
      </Table>
    </div>
  );
}

/** The pager's status: "Showing 26–50 of 1,000 applications". */
function showingText({ rows, totalCount }: RoundRanking) {
  return rows.length > 0
    ? `Showing ${count.format(rows[0].rank)}–${count.format(rows[rows.length - 1].rank)} of ${count.format(totalCount)} applications`
    : `No rows on this page of ${count.format(totalCount)} applications`;
}
