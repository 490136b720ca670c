import { Injectable } from '@nestjs/common';
import { Clock } from '@abate/api/core';
import { AwardStatus } from '@abate/api/awards';
import { OrganizationKind } from '@abate/api/organizations';
import { PortfolioDataService } from '@abate/api/portfolio';
import { publicOutcomes } from './public-outcomes';
import { finalQuarterMetrics } from './public-finality';
import type { PublicOutcomes } from './public-outcomes';
import type { PublicAwardModel } from './models/public.model';

/**
 * The anonymous transparency page and its open-data files. The GraphQL queries
 * and the downloads both come from here, so they publish the same suppressed
 * figures and nothing else.
 */
@Injectable()
export class PublicService {
  constructor(
    private readonly data: PortfolioDataService,
    private readonly clock: Clock,
  ) {}

  /** Awards exist only once a round's decisions are released, so every award is public. */
  async awards(roundId: string | null): Promise<PublicAwardModel[]> {
    if (roundId) await this.data.round(roundId, { publishedOnly: true });
    const awards = await this.data.awardsOf(roundId);
    return awards.map((a) => ({
      id: a.entity.id,
      roundId: a.entity.roundId,
      roundTitle: a.roundTitle,
      jurisdiction: {
        name: a.organizationName,
        kind: a.organizationKind as OrganizationKind,
        state: a.state,
        fipsCode: a.fipsCode,
      },
      amountCents: a.entity.amountCents,
      startDate: a.entity.startDate,
      endDate: a.entity.endDate,
      status: a.entity.status as AwardStatus,
      programTitle: a.programTitle,
      programSummary: a.programSummary,
    }));
  }

  async outcomes(roundId: string | null): Promise<PublicOutcomes> {
    if (roundId) await this.data.round(roundId, { publishedOnly: true });
    const [awards, facts, spending] = await Promise.all([
      this.data.awardsOf(roundId),
      this.data.quarterlyReportFacts(roundId),
      this.data.reportedSpending(roundId),
    ]);
    // Only final quarters, frozen at the moment they became final (docs/security.md).
    return publicOutcomes({ roundId, awards, metrics: finalQuarterMetrics(facts, this.clock.now()), spending });
  }
}
