import { useRef, useState, type FormEvent, type MouseEvent } from 'react';
import {
  Alert,
  AlertHeading,
  AlertText,
  Button,
  ButtonGroup,
  Checkbox,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Label,
  Select,
  Table,
  Tag,
} from '@trussworks/react-uswds';
import { apiErrorText, apiFieldErrors, type AssignmentStatus } from '@abate/web/core';
import { LoadFailed, Loading, type RoundDetail } from '@abate/web/rounds';
import { ErrorSummary, InputField, type FormError } from '@abate/web/ui';
import {
  useAssignmentBoard,
  useAssignmentMutations,
  useReviewers,
  type BoardAssignment,
  type Reviewer,
  type ReviewerLoad,
} from '../hooks/useAssignments';
import {
  assignableReviewers,
  assignErrorTarget,
  assignFormErrors,
  assignmentStatusText,
  canUnassign,
  groupAssignments,
  type ApplicationAssignments,
} from '../lib/assignments';
import './awards.css';

export interface AssignmentsViewProps {
  round: RoundDetail;
  /** Program officers change assignments; auditors only read them. */
  canAct: boolean;
}

type Row = ApplicationAssignments<BoardAssignment>;

const PER_APPLICATION_ID = 'assign-per-application';
const reviewerCheckboxId = (reviewerId: string) => `assign-reviewer-${reviewerId}`;
const applicationRowId = (applicationId: string) => `application-${applicationId}`;
const applicationLabel = (row: Pick<Row, 'title' | 'trackingId' | 'organizationName'>) => {
  const title = row.title ?? `${row.organizationName}’s application`;
  return row.trackingId ? `${title} (${row.trackingId})` : title;
};

/** A round's reviewer assignments: the balanced assignment form, reviewer loads, and each application with its reviewers. */
export function AssignmentsView({ round, canAct }: AssignmentsViewProps) {
  const { board, fetching, error, retry } = useAssignmentBoard(round.id);
  const reviewers = useReviewers();
  const [announcement, setAnnouncement] = useState('');
  const editable = canAct && (round.status === 'PUBLISHED' || round.status === 'REVIEW');

  if (!board && fetching) return <Loading what="Loading reviewer assignments…" />;
  if (!board) return error ? <LoadFailed error={error} what="the reviewer assignments" onRetry={retry} /> : null;

  const itemCount = round.checklist.items.length;
  const rows = groupAssignments(board.applications.nodes, board.reviewAssignments);
  const needAnother = rows.filter((row) => row.hasConflict && (row.reviewsStillNeeded ?? 0) > 0);

  return (
    <>
      <div role="status" aria-live="polite" className="usa-sr-only">
        {announcement}
      </div>
      <RoundStateNotice status={round.status} canAct={canAct} />
      {needAnother.length > 0 && <ConflictSummary rows={needAnother} editable={editable} />}

      {editable && (
        <section aria-labelledby="assign-heading" className="margin-bottom-5">
          <h2 id="assign-heading">Assign reviewers</h2>
          <p>
            Abate spreads the submitted applications across the reviewers you choose, as evenly as it can. It keeps
            every existing assignment, never gives reviewers an application from their own organization, and skips
            anyone who declared a conflict.
          </p>
          {reviewers.reviewers ? (
            <AssignReviewersForm
              round={round}
              reviewers={reviewers.reviewers}
              assignmentCount={board.reviewAssignments.length}
            />
          ) : reviewers.error ? (
            <LoadFailed error={reviewers.error} what="the reviewers" onRetry={reviewers.retry} />
          ) : (
            <Loading what="Loading reviewers…" />
          )}
        </section>
      )}

      <section aria-labelledby="loads-heading" className="margin-bottom-5">
        <h2 id="loads-heading">Reviewer loads</h2>
        <ReviewerLoadsTable loads={board.reviewerLoads} />
      </section>

      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">Submitted applications</h2>
        {board.applications.totalCount > board.applications.nodes.length && (
          <p>
            Showing the first {board.applications.nodes.length} of {board.applications.totalCount} submitted
            applications.
          </p>
        )}
        {rows.length === 0 ? (
          <p>No application has been submitted to this round yet.</p>
        ) : (
          <Table
            bordered={false}
            fullWidth
            scrollable
            className="awards-table"
            caption="Submitted applications and their reviewers"
          >
            <thead>
              <tr>
                <th scope="col">Application</th>
                <th scope="col">Reviewers</th>
                <th scope="col">Reviews still needed</th>
                {editable && <th scope="col">Assign another reviewer</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ApplicationRow
                  key={row.applicationId}
                  row={row}
                  reviewers={reviewers.reviewers ?? []}
                  itemCount={itemCount}
                  editable={editable}
                  onChanged={setAnnouncement}
                />
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}

function RoundStateNotice({ status, canAct }: { status: RoundDetail['status']; canAct: boolean }) {
  const message =
    status === 'DRAFT'
      ? 'This round is a draft. Reviewers are assigned once it is published and applications are submitted.'
      : status === 'PUBLISHED'
        ? 'This round is still open, so only the applications submitted so far are listed. Assign reviewers again after the deadline to cover the rest: existing assignments are kept.'
        : status === 'DECIDED'
          ? 'Decisions for this round are released, so its assignments can no longer change.'
          : null;
  return (
    <>
      {message && (
        <Alert type="info" slim className="margin-bottom-3">
          <AlertText>{message}</AlertText>
        </Alert>
      )}
      {!canAct && (
        <Alert type="info" slim className="margin-bottom-3">
          <AlertText>You can read the assignments. Only program officers change them.</AlertText>
        </Alert>
      )}
    </>
  );
}

/** Declared conflicts leave an application short of reviews: list them with a way to each row. */
function ConflictSummary({ rows, editable }: { rows: Row[]; editable: boolean }) {
  const focusRow = (event: MouseEvent<HTMLAnchorElement>, applicationId: string) => {
    event.preventDefault();
    document.getElementById(applicationRowId(applicationId))?.focus();
  };
  return (
    <Alert type="warning" className="margin-bottom-3">
      <AlertHeading level="h2">
        {rows.length === 1
          ? 'A declared conflict needs another reviewer'
          : `${rows.length} applications need another reviewer after a declared conflict`}
      </AlertHeading>
      <ul className="usa-list margin-top-1">
        {rows.map((row) => (
          <li key={row.applicationId}>
            <a
              className="usa-link"
              href={`#${applicationRowId(row.applicationId)}`}
              onClick={(event) => focusRow(event, row.applicationId)}
            >
              {applicationLabel(row)}
            </a>
            : {row.reviewsStillNeeded} more {row.reviewsStillNeeded === 1 ? 'review' : 'reviews'} needed
          </li>
        ))}
      </ul>
      {editable && (
        <AlertText>
          Choose another reviewer in the application’s row, or use Assign reviewers again: existing assignments are
          kept.
        </AlertText>
      )}
    </Alert>
  );
}

interface AssignFormErrors {
  summary: FormError[];
  reviewers?: string;
  perApplication?: string;
}

const noErrors: AssignFormErrors = { summary: [] };

function AssignReviewersForm({
  round,
  reviewers,
  assignmentCount,
}: {
  round: RoundDetail;
  reviewers: Reviewer[];
  assignmentCount: number;
}) {
  const { assignReviewers, assigningMany } = useAssignmentMutations();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [perApplication, setPerApplication] = useState(String(round.reviewersPerApplication));
  const [errors, setErrors] = useState<AssignFormErrors>(noErrors);
  const [done, setDone] = useState<string | null>(null);

  if (reviewers.length === 0) {
    return <p>Nobody has the reviewer role yet. Ask an administrator to create reviewer accounts.</p>;
  }

  const firstReviewerId = reviewerCheckboxId(reviewers[0].id);
  const toggle = (reviewerId: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(reviewerId);
    else next.delete(reviewerId);
    setSelected(next);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assigningMany) return;
    setDone(null);
    const reviewerIds = reviewers.filter((reviewer) => selected.has(reviewer.id)).map((reviewer) => reviewer.id);
    const found = assignFormErrors({ reviewerIds, perApplication });
    if (found.reviewerIds || found.perApplication) {
      setErrors({
        reviewers: found.reviewerIds,
        perApplication: found.perApplication,
        summary: [
          ...(found.reviewerIds ? [{ message: found.reviewerIds, fieldId: firstReviewerId }] : []),
          ...(found.perApplication ? [{ message: found.perApplication, fieldId: PER_APPLICATION_ID }] : []),
        ],
      });
      return;
    }
    setErrors(noErrors);
    const result = await assignReviewers(round.id, reviewerIds, Number(perApplication));
    if (result.error || !result.data) {
      if (!result.error) {
        setErrors({ summary: [{ message: 'The reviewers could not be assigned. Try again.' }] });
        return;
      }
      const next: AssignFormErrors = { summary: [] };
      for (const { message, field } of apiFieldErrors(result.error)) {
        const target = field ? assignErrorTarget(field, reviewerIds) : undefined;
        if (target?.field === 'perApplication') {
          next.perApplication = message;
          next.summary.push({ message, fieldId: PER_APPLICATION_ID });
        } else if (target?.field === 'reviewerIds') {
          next.reviewers = message;
          next.summary.push({
            message,
            fieldId: target.reviewerId ? reviewerCheckboxId(target.reviewerId) : firstReviewerId,
          });
        } else next.summary.push({ message });
      }
      setErrors(next);
      return;
    }
    const created = result.data.assignReviewers.length - assignmentCount;
    setDone(
      created > 0
        ? `${created} new ${created === 1 ? 'assignment' : 'assignments'} made. The reviewers are asked to declare any conflict of interest first.`
        : `Nothing new to assign: every submitted application already has ${perApplication} ${perApplication === '1' ? 'reviewer' : 'reviewers'} who have not declared a conflict.`,
    );
  };

  return (
    <form onSubmit={submit} noValidate className="maxw-tablet">
      <ErrorSummary errors={errors.summary} />
      {done && (
        <Alert type="success" slim role="status" className="margin-bottom-2">
          <AlertText>{done}</AlertText>
        </Alert>
      )}
      <FormGroup error={Boolean(errors.reviewers)}>
        <Fieldset
          legend="Reviewers to assign"
          aria-describedby={errors.reviewers ? 'assign-reviewers-error' : undefined}
        >
          {errors.reviewers && <ErrorMessage id="assign-reviewers-error">{errors.reviewers}</ErrorMessage>}
          {reviewers.map((reviewer) => (
            <Checkbox
              key={reviewer.id}
              id={reviewerCheckboxId(reviewer.id)}
              name="reviewerIds"
              value={reviewer.id}
              label={reviewer.name}
              labelDescription={reviewer.email}
              checked={selected.has(reviewer.id)}
              onChange={(event) => toggle(reviewer.id, event.target.checked)}
            />
          ))}
        </Fieldset>
      </FormGroup>
      <InputField
        id={PER_APPLICATION_ID}
        label="Reviews per application"
        hint={`The round asks for ${round.reviewersPerApplication}. Each needs a different reviewer.`}
        value={perApplication}
        onChange={setPerApplication}
        error={errors.perApplication}
        inputMode="numeric"
        width="xs"
      />
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus. */}
      <Button type="submit" className="margin-top-3" aria-disabled={assigningMany}>
        {assigningMany ? 'Assigning…' : 'Assign reviewers'}
      </Button>
    </form>
  );
}

function ReviewerLoadsTable({ loads }: { loads: ReviewerLoad[] }) {
  if (loads.length === 0) return <p>No reviewer is assigned in this round yet.</p>;
  return (
    <Table
      bordered={false}
      fullWidth
      scrollable
      className="awards-table"
      caption="Assignments per reviewer in this round"
    >
      <thead>
        <tr>
          <th scope="col">Reviewer</th>
          <th scope="col" className="text-right">
            Assigned
          </th>
          <th scope="col" className="text-right">
            Submitted
          </th>
          <th scope="col" className="text-right">
            Conflicts declared
          </th>
        </tr>
      </thead>
      <tbody>
        {loads.map((load) => (
          <tr key={load.reviewer.id}>
            <th scope="row">{load.reviewer.name}</th>
            <td className="text-right text-tabular">{load.assigned}</td>
            <td className="text-right text-tabular">{load.submitted}</td>
            <td className="text-right text-tabular">{load.conflicted}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

// The words carry the meaning; color only repeats it (each passes contrast with white text).
const statusTagClass: Record<AssignmentStatus, string> = {
  PENDING_COI: 'bg-base-dark',
  CONFLICTED: 'bg-secondary-dark',
  IN_PROGRESS: 'bg-primary',
  SUBMITTED: 'bg-green',
};

interface ApplicationRowProps {
  row: Row;
  reviewers: Reviewer[];
  itemCount: number;
  editable: boolean;
  onChanged: (announcement: string) => void;
}

function ApplicationRow({ row, reviewers, itemCount, editable, onChanged }: ApplicationRowProps) {
  const { assignReviewer, unassignReviewer } = useAssignmentMutations();
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const headerRef = useRef<HTMLTableCellElement>(null);
  const label = applicationLabel(row);
  const selectId = `assign-${row.applicationId}`;
  const errorId = `${selectId}-error`;
  const options = assignableReviewers(reviewers, row.assignments);
  const canAssignHere = editable && row.reviewsStillNeeded !== null;

  const assign = async () => {
    if (busy) return;
    if (!choice) {
      setError('Choose a reviewer to assign');
      document.getElementById(selectId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await assignReviewer(row.applicationId, choice);
    setBusy(false);
    if (result.error) {
      setError(apiErrorText(result.error));
      return;
    }
    const name = reviewers.find((reviewer) => reviewer.id === choice)?.name ?? 'The reviewer';
    setChoice('');
    onChanged(`${name} assigned to ${label}.`);
  };

  const remove = async (assignment: BoardAssignment) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await unassignReviewer(assignment.id);
    setBusy(false);
    setConfirming(null);
    if (result.error) {
      setError(apiErrorText(result.error));
      return;
    }
    // The Remove button is gone: focus goes back to the application it belonged to.
    headerRef.current?.focus();
    onChanged(`${assignment.reviewer?.name ?? 'The reviewer'} removed from ${label}.`);
  };

  return (
    <tr className={row.hasConflict && (row.reviewsStillNeeded ?? 0) > 0 ? 'awards-row--conflict' : undefined}>
      <th scope="row" id={applicationRowId(row.applicationId)} ref={headerRef} tabIndex={-1}>
        <span className="display-block">{row.title ?? `${row.organizationName}’s application`}</span>
        {row.trackingId && <span className="display-block font-mono-3xs">{row.trackingId}</span>}
        <span className="display-block text-normal font-sans-2xs">{row.organizationName}</span>
        {row.reviewsStillNeeded === null && (
          <span className="display-block text-normal font-sans-2xs">No longer under review</span>
        )}
      </th>
      <td>
        {row.assignments.length === 0 ? (
          'None yet'
        ) : (
          <ul className="usa-list usa-list--unstyled awards-assignment-list">
            {row.assignments.map((assignment) => (
              <li key={assignment.id} className={assignment.status === 'CONFLICTED' ? 'awards-conflict' : undefined}>
                <span className="margin-right-1">{assignment.reviewer?.name ?? 'Unknown reviewer'}</span>
                <Tag className={`${statusTagClass[assignment.status]} text-no-uppercase`}>
                  {assignmentStatusText(assignment, itemCount)}
                </Tag>
                {assignment.status === 'CONFLICTED' && assignment.conflictExplanation && (
                  <p className="margin-y-05 font-sans-2xs">Explanation: {assignment.conflictExplanation}</p>
                )}
                {editable && canUnassign(assignment.status) && (
                  <div className="margin-top-05">
                    {confirming === assignment.id ? (
                      <div role="group" aria-label={`Remove ${assignment.reviewer?.name ?? 'the reviewer'}`}>
                        <p className="margin-y-05 font-sans-2xs">Their ratings so far will be lost.</p>
                        <ButtonGroup type="default">
                          <Button
                            type="button"
                            secondary
                            aria-disabled={busy}
                            onClick={() => remove(assignment)}
                            autoFocus
                          >
                            Yes, remove<span className="usa-sr-only"> {assignment.reviewer?.name}</span>
                          </Button>
                          <Button
                            type="button"
                            unstyled
                            aria-disabled={busy}
                            onClick={() => !busy && setConfirming(null)}
                          >
                            Keep<span className="usa-sr-only"> {assignment.reviewer?.name}</span>
                          </Button>
                        </ButtonGroup>
                      </div>
                    ) : (
                      <Button
                        type="button"
                        unstyled
                        aria-disabled={busy}
                        onClick={() =>
                          assignment.status === 'IN_PROGRESS' ? setConfirming(assignment.id) : remove(assignment)
                        }
                      >
                        Remove
                        <span className="usa-sr-only">
                          {' '}
                          {assignment.reviewer?.name} from {label}
                        </span>
                      </Button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="text-tabular">{row.reviewsStillNeeded === null ? '—' : row.reviewsStillNeeded}</td>
      {editable && (
        <td>
          {canAssignHere && options.length > 0 ? (
            <div>
              <Label htmlFor={selectId} className="margin-top-0" error={Boolean(error)}>
                Reviewer<span className="usa-sr-only"> to assign to {label}</span>
              </Label>
              {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
              <Select
                id={selectId}
                name={selectId}
                value={choice}
                validationStatus={error ? 'error' : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => setChoice(event.target.value)}
              >
                <option value="">- Select -</option>
                {options.map((reviewer) => (
                  <option key={reviewer.id} value={reviewer.id}>
                    {reviewer.name}
                  </option>
                ))}
              </Select>
              <Button type="button" className="margin-top-1" aria-disabled={busy} onClick={assign}>
                Assign<span className="usa-sr-only"> to {label}</span>
              </Button>
            </div>
          ) : (
            <>
              {error && (
                <ErrorMessage id={errorId} className="margin-bottom-1">
                  {error}
                </ErrorMessage>
              )}
              <span className="font-sans-2xs">
                {canAssignHere ? 'Every reviewer is already on this application.' : 'Not open to new reviewers.'}
              </span>
            </>
          )}
        </td>
      )}
    </tr>
  );
}
