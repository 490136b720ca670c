import { Injectable } from '@nestjs/common';
import { Clock } from '@abate/api/core';
import { AwardModel } from '@abate/api/awards';
import { MilestoneKind } from '@abate/api/reporting';
import { ReportStatus } from '@abate/api/reporting';
import { dateInZone } from '@abate/shared/calendar';
import { PortfolioDataService } from './portfolio-data.service';
import { portfolioFigures } from './portfolio-figures';
import type { PortfolioFigures } from './portfolio-figures';
import type { PortfolioOutcomesModel } from './models/portfolio.model';

/** The portfolio dashboard of officers and auditors, and its exports. */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly data: PortfolioDataService,
    private readonly clock: Clock,
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

  async outcomes(roundId: string | null): Promise<PortfolioOutcomesModel> {
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
