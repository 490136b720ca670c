import { describe, expect, it } from 'vitest';
import { assignmentStatusText, groupByRound, queueSummary } from './queue';
import {
  buildReviewInput,
  countRated,
  fromServer,
  missingItems,
  partOfReviewField,
  partProblem,
  progressText,
  reviewModel,
  withPartValue,
  type ReviewValues,
} from './review-form';

const ITEMS = [
  { key: 'services.naloxone', title: 'Naloxone at every visit' },
  { key: 'services.equity', title: 'Equitable reach' },
  { key: 'safeguards.no-warrants', title: 'No warrant checks' },
];
const KEYS = ITEMS.map((item) => item.key);

const values = (scores: ReviewValues['scores'], overallComment = ''): ReviewValues => ({ scores, overallComment });

describe('progress', () => {
  it('counts the items rated, saved or not, and says so', () => {
    const typed = values({
      'services.naloxone': { rating: '2', comment: '' },
      'services.equity': { rating: '', comment: 'thinking' },
      other: { rating: '3', comment: '' },
    });
    expect(countRated(typed, KEYS)).toBe(1);
    expect(progressText(18, 32)).toBe('18 of 32 rated');
  });
});

describe('missingItems', () => {
  it('lists unrated items and unexplained 0s in checklist order, each with where to go', () => {
    const typed = values({
      'services.equity': { rating: '0', comment: '  ' },
      'safeguards.no-warrants': { rating: '3', comment: '' },
    });
    expect(missingItems(typed, ITEMS)).toEqual([
      {
        itemKey: 'services.naloxone',
        targetId: 'score-services-naloxone',
        message: 'Naloxone at every visit: not rated yet',
      },
      {
        itemKey: 'services.equity',
        targetId: 'score-services-equity-comment',
        message: 'Equitable reach: a rating of 0 needs a comment',
      },
    ]);
  });

  it('is empty once every item is rated and every 0 explained', () => {
    const typed = values({
      'services.naloxone': { rating: '0', comment: 'Not described' },
      'services.equity': { rating: '1', comment: '' },
      'safeguards.no-warrants': { rating: '2', comment: '' },
    });
    expect(missingItems(typed, ITEMS)).toEqual([]);
  });

  it('counts text too long to save as unfinished', () => {
    const typed = values(
      {
        'services.naloxone': { rating: '2', comment: 'x'.repeat(5001) },
        'services.equity': { rating: '1', comment: '' },
        'safeguards.no-warrants': { rating: '2', comment: '' },
      },
      'y'.repeat(10_001),
    );
    expect(missingItems(typed, ITEMS).map((m) => m.targetId)).toEqual([
      'score-services-naloxone-comment',
      'overall-comment',
    ]);
  });
});

describe('the review model', () => {
  it('holds back a 0 without a comment, and a comment without a rating', () => {
    expect(partProblem(values({ k: { rating: '0', comment: ' ' } }), 'scores.k')).toMatch(/needs a comment/);
    expect(partProblem(values({ k: { rating: '', comment: 'Hmm' } }), 'scores.k')).toMatch(/Choose a rating/);
    expect(partProblem(values({ k: { rating: '0', comment: 'Nothing on naloxone' } }), 'scores.k')).toBeNull();
    expect(partProblem(values({}), 'scores.k')).toBeNull();
  });

  it('sends only the parts named; a blank overall comment clears it', () => {
    const typed = values({ a: { rating: '2', comment: 'Good' }, b: { rating: '0', comment: 'Missing' } }, '   ');
    const built = buildReviewInput(typed, ['scores.b', 'overallComment']);
    expect(built.input).toEqual({ scores: [{ itemKey: 'b', rating: 0, comment: 'Missing' }], overallComment: null });
    expect(partOfReviewField('input.scores.0.comment', built)).toBe('scores.b');
    expect(partOfReviewField('input.overallComment', built)).toBe('overallComment');
    expect(partOfReviewField('version', built)).toBeNull();
    expect(buildReviewInput(typed, ['overallComment']).input).toEqual({ overallComment: null });
  });

  it('reads the server’s review and a stored copy defensively', () => {
    const server = fromServer({ scores: [{ itemKey: 'a', rating: 3, comment: '' }], overallComment: null });
    expect(server).toEqual({ scores: { a: { rating: '3', comment: '' } }, overallComment: '' });
    expect(withPartValue(server, 'scores.b', { rating: 'lots', comment: 7 }).scores['b']).toEqual({
      rating: '',
      comment: '',
    });
    expect(withPartValue(server, 'overallComment', 'Fine').overallComment).toBe('Fine');
  });

  it('saves while in progress, one part per item plus the overall comment', () => {
    const model = reviewModel(['a', 'b']);
    expect(model.parts).toEqual(['scores.a', 'scores.b', 'overallComment']);
    const review = {
      id: 'r',
      status: 'IN_PROGRESS' as const,
      version: 3,
      scores: [],
      overallComment: null,
      ratedCount: 0,
      submittedAt: null,
    };
    expect(model.isEditable(review)).toBe(true);
    expect(model.isEditable({ ...review, status: 'SUBMITTED' })).toBe(false);
    expect(model.version(review)).toBe(3);
    expect(model.savedAt(review)).toBeNull();
  });
});

describe('the queue', () => {
  it('says what each assignment needs', () => {
    expect(assignmentStatusText('PENDING_COI', 0, 32)).toBe('Declare conflicts');
    expect(assignmentStatusText('IN_PROGRESS', 18, 32)).toBe('18 of 32 rated');
    expect(assignmentStatusText('SUBMITTED', 32, 32)).toBe('Submitted');
    expect(assignmentStatusText('CONFLICTED', 0, 32)).toBe('Conflict declared');
  });

  it('groups assignments by round, in order', () => {
    const a = (id: string, round: string) => ({ id, round: { id: round } });
    expect(
      groupByRound([a('1', 'r1'), a('2', 'r2'), a('3', 'r1')]).map((g) => [g.round.id, g.assignments.map((x) => x.id)]),
    ).toEqual([
      ['r1', ['1', '3']],
      ['r2', ['2']],
    ]);
    expect(queueSummary(['PENDING_COI', 'PENDING_COI', 'SUBMITTED'])).toBe('2 to declare, 1 submitted');
  });
});
