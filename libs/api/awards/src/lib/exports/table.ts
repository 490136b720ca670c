import type { RoundRanking } from '../ranking.service';

import type { Table } from '@abate/api/core';
export type { CellValue, Column, ColumnKind, Table } from '@abate/api/core';

export const EXPORT_TABLES = ['ranking', 'item-scores', 'reviewer-scores'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** The ranking as the officer sees it, for the board packet. */
function rankingTable(r: RoundRanking): Table {
  return {
    name: 'Ranking',
    columns: [
      { header: 'Rank', kind: 'integer', width: 6 },
      { header: 'Tracking ID', kind: 'text', width: 16 },
      { header: 'Organization', kind: 'text', width: 28 },
      { header: 'Title', kind: 'text', width: 40 },
      { header: 'Score', kind: 'decimal', width: 8 },
      { header: 'Normalized score', kind: 'decimal', width: 10 },
      { header: 'Reviews', kind: 'integer', width: 8 },
      { header: 'Spread', kind: 'decimal', width: 8 },
      { header: 'Critical gaps', kind: 'text', width: 30 },
      { header: 'Safeguard flags', kind: 'text', width: 30 },
      { header: 'Requested', kind: 'dollars', width: 14 },
      { header: 'Recommended', kind: 'dollars', width: 14 },
      { header: 'Above funding line', kind: 'text', width: 10 },
      { header: 'Decision', kind: 'text', width: 10 },
      { header: 'Award', kind: 'dollars', width: 14 },
      { header: 'Override reason', kind: 'text', width: 40 },
    ],
    rows: r.rows.map((row) => [
      row.rank,
      row.application.trackingId,
      row.organizationName,
      row.application.title,
      round2(row.rawScore),
      round2(row.normalizedScore),
      row.reviewerCount,
      round2(row.spread),
      row.criticalGaps.join('; '),
      row.flags.map((f) => f.code).join('; '),
      row.requestedCents,
      row.recommendedCents,
      row.aboveFundingLine ? 'Yes' : 'No',
      row.decision?.decision ?? '',
      row.decision?.amountCents ?? null,
      row.decision?.overrideReason ?? '',
    ]),
  };
}

/** Mean rating per checklist item per application. */
function itemScoresTable(r: RoundRanking): Table {
  return {
    name: 'Item scores',
    columns: [
      { header: 'Rank', kind: 'integer', width: 6 },
      { header: 'Tracking ID', kind: 'text', width: 16 },
      { header: 'Organization', kind: 'text', width: 28 },
      { header: 'Item', kind: 'text', width: 34 },
      { header: 'Item title', kind: 'text', width: 40 },
      { header: 'Weight', kind: 'integer', width: 8 },
      { header: 'Critical', kind: 'text', width: 8 },
      { header: 'Mean rating', kind: 'decimal', width: 10 },
      { header: 'Reviewers disagree', kind: 'text', width: 10 },
    ],
    rows: r.rows.flatMap((row) =>
      r.checklist.items.map((item) => [
        row.rank,
        row.application.trackingId,
        row.organizationName,
        item.key,
        item.title,
        item.weight,
        item.critical ? 'Yes' : 'No',
        round2(row.itemMeans.get(item.key) ?? null),
        row.disagreements.includes(item.key) ? 'Yes' : 'No',
      ]),
    ),
  };
}

/** Every submitted review's ratings, with reviewers anonymized as R1, R2… consistently across the round. */
function reviewerScoresTable(r: RoundRanking): Table {
  const ids = [...new Set(r.reviews.map((rev) => rev.reviewerId))].sort();
  const alias = new Map(ids.map((id, i) => [id, `R${i + 1}`]));
  const rank = new Map(r.rows.map((row) => [row.applicationId, row]));
  const reviews = [...r.reviews].sort(
    (a, b) =>
      (rank.get(a.applicationId)?.rank ?? 0) - (rank.get(b.applicationId)?.rank ?? 0) ||
      alias.get(a.reviewerId)!.localeCompare(alias.get(b.reviewerId)!, 'en', { numeric: true }),
  );
  return {
    name: 'Reviewer scores',
    columns: [
      { header: 'Tracking ID', kind: 'text', width: 16 },
      { header: 'Organization', kind: 'text', width: 28 },
      { header: 'Reviewer', kind: 'text', width: 8 },
      ...r.checklist.items.map((item) => ({ header: item.key, kind: 'integer' as const, width: 8 })),
    ],
    rows: reviews.map((rev) => {
      const row = rank.get(rev.applicationId);
      return [
        row?.application.trackingId ?? '',
        row?.organizationName ?? '',
        alias.get(rev.reviewerId)!,
        ...r.checklist.items.map((item) => rev.ratings.get(item.key) ?? null),
      ];
    }),
  };
}

export function exportTable(kind: ExportTable, ranking: RoundRanking): Table {
  switch (kind) {
    case 'ranking':
      return rankingTable(ranking);
    case 'item-scores':
      return itemScoresTable(ranking);
    case 'reviewer-scores':
      return reviewerScoresTable(ranking);
  }
}
