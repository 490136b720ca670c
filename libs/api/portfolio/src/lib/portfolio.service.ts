import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, FingerprintCache } from '@abate/api/core';
import { AwardModel } from '@abate/api/awards';
import { MilestoneKind } from '@abate/api/reporting';
import { ReportStatus } from '@abate/api/reporting';
import { dateInZone } from '@abate/shared/calendar';
import { PortfolioDataService } from './portfolio-data.service';
import { portfolioFigures } from './portfolio-figures';
import type { PortfolioFigures } from './portfolio-figures';
import type { PortfolioOutcomesModel } from './models/portfolio.model';

/** Whole dashboards kept: one per round people look at, and the every-round one. */
const DASHBOARDS_KEPT = 32;

/**
 * What a portfolio is built from, read in one query: the rounds (titles, zones, grant
 * starts), their awards with their organizations and applications, the reporting
 * milestones, the quarterly reports and their spending. Each part is the rows' count and
 * the sum of their xmin (the id of the transaction that last wrote each row), so any
 * insert, update or delete changes it, however it was written. `zones` are the rounds'
 * time zones: the dashboard also changes when a day begins in one of them.
 */
function portfolioFingerprintSql(byRound: boolean): string {
  const awards = byRound
    ? 'ANY(ARRAY(SELECT id FROM awards WHERE round_id = $1))'
    : 'ANY(ARRAY(SELECT id FROM awards))';
  const part = (from: string) => `(SELECT count(*) || ':' || coalesce(sum(x.xmin::text::bigint), 0) FROM ${from})`;
  return `
SELECT concat_ws('|',
  ${part(`funding_rounds x ${byRound ? 'WHERE x.id = $1' : ''}`)},
  ${part(`awards x ${byRound ? 'WHERE x.round_id = $1' : ''}`)},
  ${part(`organizations x WHERE x.id = ANY(ARRAY(SELECT organization_id FROM awards a WHERE a.id = ${awards}))`)},
  ${part(`applications x WHERE x.id = ANY(ARRAY(SELECT application_id FROM awards a WHERE a.id = ${awards}))`)},
  ${part(`reporting_milestones x WHERE x.award_id = ${awards}`)},
  ${part(`quarterly_reports x WHERE x.award_id = ${awards}`)},
  ${part(`report_spending x WHERE x.report_id = ANY(ARRAY(SELECT id FROM quarterly_reports r WHERE r.award_id = ${awards}))`)}
) AS fingerprint,
(SELECT coalesce(string_agg(DISTINCT time_zone, ','), '') FROM funding_rounds ${byRound ? 'WHERE id = $1' : ''}) AS zones`;
}

/** The portfolio dashboard of officers and auditors, and its exports. */
@Injectable()
export class PortfolioService {
  private readonly dashboards = new FingerprintCache<PortfolioOutcomesModel>(DASHBOARDS_KEPT);

  constructor(
    private readonly data: PortfolioDataService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  /** Four queries whatever the size of the portfolio, then one pass in memory. */
  async figures(roundId: string | null): Promise<PortfolioFigures> {
    if (roundId) await this.data.round(roundId);
    const [awards, metrics, spending] = await Promise.all([
      this.data.awardsOf(roundId),
      this.data.reportedMetrics(roundId),
      this.data.reportedSpending(roundId),
    ]);
    const now = this.clock.now();
    const todayIn = new Map<string, string>();
    const today = (timeZone: string) => {
      let date = todayIn.get(timeZone);
      if (!date) todayIn.set(timeZone, (date = dateInZone(now, timeZone)));
      return date;
    };
    // Past due is decided per round's zone in memory; the query only needs a bound no zone's date is beyond.
    const latestToday = awards
      .map((a) => today(a.timeZone))
      .sort()
      .at(-1);
    const unsent = latestToday ? await this.data.unsentMilestones(roundId, latestToday) : [];
    return portfolioFigures({ roundId, awards, metrics, spending, unsent, today });
  }

  /**
   * The dashboard, kept whole per round (and for every round) while its fingerprint (one
   * query on every call) and the date in the rounds' zones are unchanged: a new report,
   * award or milestone shows at once, on every API process. The same for every reader
   * allowed to read it (officers and auditors); callers must not change it.
   */
  async outcomes(roundId: string | null): Promise<PortfolioOutcomesModel> {
    const [row]: Array<{ fingerprint: string; zones: string }> = await this.dataSource.query(
      portfolioFingerprintSql(roundId !== null),
      roundId ? [roundId] : [],
    );
    const now = this.clock.now();
    const days = (row?.zones ? row.zones.split(',') : []).map((zone) => dateInZone(now, zone)).join(',');
    return this.dashboards.get(roundId ?? '*', `${row?.fingerprint ?? ''}|${days}`, () => this.build(roundId));
  }

  private async build(roundId: string | null): Promise<PortfolioOutcomesModel> {
    const figures = await this.figures(roundId);
    return {
      ...figures,
      grantees: figures.grantees.map(({ award, ...grantee }) => ({
        ...grantee,
        award: AwardModel.from(award.entity),
        organizationName: award.organizationName,
        state: award.state,
        fipsCode: award.fipsCode,
        roundId: award.entity.roundId,
        roundTitle: award.roundTitle,
        overdue: grantee.overdue.map((o) => ({
          ...o,
          kind: o.kind as MilestoneKind,
          reportStatus: o.reportStatus as ReportStatus | null,
        })),
      })),
    };
  }
}
