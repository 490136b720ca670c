import type {
  AutosaveController,
  AutosaveModel,
  AutosaveState,
  ItemScoreInput,
  ReviewInput,
  ReviewerAssignmentStateFragment,
} from '@abate/web/core';
import { LONG_TEXT_MAX_CHARS, NARRATIVE_MAX_CHARS } from '@abate/shared/limits';
// Only types come from @abate/web/core here, so this model stays testable in the unit tier.

/** The assignment as saveReview returns it. */
export type ReviewServer = ReviewerAssignmentStateFragment;

/** The API's limits (ReviewInput), checked here so a save is not refused for them. */
export const COMMENT_MAX = NARRATIVE_MAX_CHARS;
export const OVERALL_COMMENT_MAX = LONG_TEXT_MAX_CHARS;

export interface ScoreValues {
  /** '' until rated, else '0'..'3' as on the checklist's scale. */
  rating: string;
  comment: string;
}

/** The review as the reviewer sees it while typing. */
export interface ReviewValues {
  scores: Readonly<Record<string, ScoreValues>>;
  overallComment: string;
}

/**
 * A unit of saving: one item's rating with its comment (`scores.<itemKey>`; the
 * API merges scores by item key and needs a rating with each), or the overall comment.
 */
export type ReviewPart = 'overallComment' | `scores.${string}`;

export interface ReviewTypes {
  server: ReviewServer;
  values: ReviewValues;
  part: ReviewPart;
  input: ReviewInput;
  partValue: string | ScoreValues;
}

export type ReviewController = AutosaveController<ReviewTypes>;
export type ReviewState = AutosaveState<ReviewTypes>;

export const EMPTY_SCORE: ScoreValues = { rating: '', comment: '' };
const SCORES_PREFIX = 'scores.';
export const scorePart = (itemKey: string): ReviewPart => `scores.${itemKey}`;
export const itemKeyOfPart = (part: ReviewPart): string | null =>
  part.startsWith(SCORES_PREFIX) ? part.slice(SCORES_PREFIX.length) : null;

export function allReviewParts(itemKeys: readonly string[]): ReviewPart[] {
  return [...itemKeys.map(scorePart), 'overallComment'];
}

export function fromServer(review: Pick<ReviewServer, 'scores' | 'overallComment'>): ReviewValues {
  const scores: Record<string, ScoreValues> = {};
  for (const score of review.scores) scores[score.itemKey] = { rating: String(score.rating), comment: score.comment };
  return { scores, overallComment: review.overallComment ?? '' };
}

export function scoreValues(values: ReviewValues, itemKey: string): ScoreValues {
  return values.scores[itemKey] ?? EMPTY_SCORE;
}

export function partValue(values: ReviewValues, part: ReviewPart): string | ScoreValues {
  const itemKey = itemKeyOfPart(part);
  if (itemKey === null) return values.overallComment;
  const { rating, comment } = scoreValues(values, itemKey);
  return { rating, comment };
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `values` with one part replaced by a stored value (read defensively: it comes from the device). */
export function withPartValue(values: ReviewValues, part: ReviewPart, value: unknown): ReviewValues {
  const itemKey = itemKeyOfPart(part);
  if (itemKey === null) return { ...values, overallComment: asString(value) };
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const rating = asString(record['rating']);
  return {
    ...values,
    scores: {
      ...values.scores,
      [itemKey]: { rating: /^\d$/.test(rating) ? rating : '', comment: asString(record['comment']) },
    },
  };
}

export const ZERO_NEEDS_COMMENT = 'A rating of 0 needs a comment saying what is missing';

/** Why a part cannot be sent yet (the API would refuse it), or null. The text stays on the device meanwhile. */
export function partProblem(values: ReviewValues, part: ReviewPart): string | null {
  const itemKey = itemKeyOfPart(part);
  if (itemKey === null) {
    return values.overallComment.length > OVERALL_COMMENT_MAX
      ? `Shorten the overall comment to ${OVERALL_COMMENT_MAX.toLocaleString('en-US')} characters to save it`
      : null;
  }
  const { rating, comment } = scoreValues(values, itemKey);
  if (rating === '') return comment.trim() === '' ? null : 'Choose a rating to save this comment';
  if (rating === '0' && comment.trim() === '') return ZERO_NEEDS_COMMENT;
  if (comment.trim().length > COMMENT_MAX)
    return `Shorten this comment to ${COMMENT_MAX.toLocaleString('en-US')} characters to save it`;
  return null;
}

export interface BuiltReviewInput {
  input: ReviewInput;
  /** Item keys in the order of `input.scores`, to map `input.scores.<i>` errors back to a part. */
  scoreOrder: string[];
}

/** The partial ReviewInput for these parts (each must have no partProblem). */
export function buildReviewInput(values: ReviewValues, parts: readonly ReviewPart[]): BuiltReviewInput {
  const input: ReviewInput = {};
  const scores: ItemScoreInput[] = [];
  const scoreOrder: string[] = [];
  for (const part of parts) {
    const itemKey = itemKeyOfPart(part);
    if (itemKey === null) {
      input.overallComment = values.overallComment.trim() === '' ? null : values.overallComment;
      continue;
    }
    const { rating, comment } = scoreValues(values, itemKey);
    scores.push({ itemKey, rating: Number(rating), comment });
    scoreOrder.push(itemKey);
  }
  if (scores.length > 0) input.scores = scores;
  return { input, scoreOrder };
}

/** The part an API error path (`input.scores.0.comment`, `input.overallComment`) is about, if any. */
export function partOfReviewField(field: string, built: Pick<BuiltReviewInput, 'scoreOrder'>): ReviewPart | null {
  const match = /^input\.([A-Za-z]+)(?:\.(\d+))?/.exec(field);
  if (!match) return null;
  const [, name, index] = match;
  if (name === 'scores') {
    const itemKey = index === undefined ? undefined : built.scoreOrder[Number(index)];
    return itemKey === undefined ? null : scorePart(itemKey);
  }
  return name === 'overallComment' ? 'overallComment' : null;
}

/** How a review is autosaved: one part per checklist item, and the overall comment. */
export function reviewModel(itemKeys: readonly string[]): AutosaveModel<ReviewTypes> {
  return {
    parts: allReviewParts(itemKeys),
    version: (review) => review.version,
    isEditable: (review) => review.status === 'IN_PROGRESS',
    // The API keeps no save time for reviews: the status shows the time of this device's last save.
    savedAt: () => null,
    fromServer,
    partValue,
    withPartValue,
    partProblem,
    buildInput(values, parts) {
      const built = buildReviewInput(values, parts);
      return { input: built.input, partOfField: (field) => partOfReviewField(field, built) };
    },
  };
}

// --- progress and what is left before submitting ------------------------------

/** Items with a rating chosen (saved or not). */
export function countRated(values: ReviewValues, itemKeys: readonly string[]): number {
  return itemKeys.filter((key) => scoreValues(values, key).rating !== '').length;
}

/** "18 of 32 rated". */
export function progressText(rated: number, total: number): string {
  return `${rated} of ${total} rated`;
}

/** Element ids of an item's controls: its fieldset (legend = item title), each rating radio and the comment. */
const slug = (itemKey: string) => itemKey.replace(/[^A-Za-z0-9_-]/g, '-');
export const itemFieldsetId = (itemKey: string) => `score-${slug(itemKey)}`;
export const ratingInputId = (itemKey: string, value: number | string) => `score-${slug(itemKey)}-rating-${value}`;
export const commentInputId = (itemKey: string) => `score-${slug(itemKey)}-comment`;
export const OVERALL_COMMENT_ID = 'overall-comment';

export interface MissingItem {
  itemKey: string | null;
  /** Where the link goes: the item's rating, its comment, or the overall comment. */
  targetId: string;
  message: string;
}

/**
 * What stops the review being submitted, in checklist order: items not rated,
 * 0 ratings without a comment, and text too long to save.
 */
export function missingItems(
  values: ReviewValues,
  items: ReadonlyArray<{ key: string; title: string }>,
): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const item of items) {
    const { rating } = scoreValues(values, item.key);
    if (rating === '') {
      missing.push({ itemKey: item.key, targetId: itemFieldsetId(item.key), message: `${item.title}: not rated yet` });
      continue;
    }
    const problem = partProblem(values, scorePart(item.key));
    if (problem === ZERO_NEEDS_COMMENT)
      missing.push({
        itemKey: item.key,
        targetId: commentInputId(item.key),
        message: `${item.title}: a rating of 0 needs a comment`,
      });
    else if (problem)
      missing.push({
        itemKey: item.key,
        targetId: commentInputId(item.key),
        message: `${item.title}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`,
      });
  }
  const overall = partProblem(values, 'overallComment');
  if (overall) missing.push({ itemKey: null, targetId: OVERALL_COMMENT_ID, message: overall });
  return missing;
}
