import { Injectable } from '@nestjs/common';
import { Role, SYSTEM_ACTOR } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { MembershipRole, UsersService } from '@abate/api/organizations';
import { RoundsService } from '@abate/api/rounds';
import { LedgerService } from '@abate/api/ledger';

/** The finance officer of the demo (a member of Alamance County, whose fund they keep). */
export const FINANCE_DEMO_USER = {
  email: 'finance@abate.test',
  name: 'Casey Morgan',
  roles: [Role.FINANCE_OFFICER],
} as const;

const NC = 'nc-moa-exhibit-a';

/**
 * Alamance County's opioid settlement fund: three fiscal years of receipts from several
 * settlements, quarterly interest, two spending authorizations by the Board of
 * Commissioners, the demo rounds allocated from it, and some spending of each kind, so every
 * report has content on first start. Amounts are illustrative, not Alamance's real ones.
 */
@Injectable()
export class LedgerDemoSeed {
  constructor(
    private readonly users: UsersService,
    private readonly ledger: LedgerService,
    private readonly rounds: RoundsService,
  ) {}

  async run(password: string, organizationId: string): Promise<void> {
    const user = await this.users.create(
      {
        ...FINANCE_DEMO_USER,
        roles: [...FINANCE_DEMO_USER.roles],
        password,
        organizationId,
        organizationRole: MembershipRole.CONTRIBUTOR,
      },
      SYSTEM_ACTOR,
    );
    const actor: AuthUser = {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      sessionId: 'demo-seed',
    } as AuthUser;
    const fund = await this.ledger.createFund(
      {
        name: 'Alamance County Opioid Settlement Fund',
        ruleSetKey: 'nc-moa-2021',
        organizationId,
        openingBalanceCents: 0n,
        openedOn: '2022-07-01',
      },
      SYSTEM_ACTOR,
    );
    const receipts: Array<[string, number, string, bigint]> = [
      ['distributors', 2022, '2022-08-19', 61_250_000n],
      ['janssen', 2022, '2022-09-30', 27_418_337n],
      ['distributors', 2023, '2023-07-21', 58_904_112n],
      ['janssen', 2023, '2023-08-15', 15_502_940n],
      ['teva', 2023, '2024-02-09', 12_880_415n],
      ['allergan', 2023, '2024-03-22', 6_115_208n],
      ['distributors', 2024, '2024-07-19', 58_904_112n],
      ['cvs', 2024, '2024-08-30', 14_227_760n],
      ['walgreens', 2024, '2024-10-11', 17_390_004n],
      ['walmart', 2024, '2024-12-06', 9_642_118n],
      ['kroger', 2024, '2025-03-14', 4_010_559n],
    ];
    for (const [settlementKey, paymentYear, receivedOn, amountCents] of receipts) {
      await this.ledger.recordReceipt(
        fund.id,
        {
          settlementKey,
          paymentYear,
          receivedOn,
          amountCents,
          payer:
            settlementKey === 'teva' || settlementKey === 'allergan'
              ? 'NC Department of Justice'
              : 'BrownGreer PLC (settlement administrator)',
          reference: `ACH ${receivedOn.replace(/-/g, '')}`,
        },
        actor,
      );
    }
    const quarters: Array<[string, string, bigint]> = [
      ['2022-07-01', '2022-12-31', 412_880n],
      ['2023-01-01', '2023-06-30', 988_104n],
      ['2023-07-01', '2023-12-31', 1_702_553n],
      ['2024-01-01', '2024-06-30', 2_115_930n],
      ['2024-07-01', '2024-12-31', 2_640_018n],
      ['2025-01-01', '2025-06-30', 2_387_421n],
    ];
    for (const [periodStart, periodEnd, amountCents] of quarters)
      await this.ledger.recordInterest(fund.id, { periodStart, periodEnd, amountCents }, actor);
    const first = await this.ledger.authorize(
      fund.id,
      {
        authority: 'Resolution 2023-31, Alamance County Board of Commissioners',
        adoptedOn: '2023-06-20',
        lines: [
          {
            taxonomyKey: NC,
            strategyCode: '8',
            amountCents: 90_000_000n,
            startsOn: '2023-07-01',
            endsOn: '2027-06-30',
          },
          {
            taxonomyKey: NC,
            strategyCode: '7',
            amountCents: 15_000_000n,
            startsOn: '2023-07-01',
            endsOn: '2026-06-30',
          },
          {
            taxonomyKey: NC,
            strategyCode: '2',
            amountCents: 60_000_000n,
            startsOn: '2023-07-01',
            endsOn: '2026-06-30',
          },
        ],
      },
      actor,
    );
    const second = await this.ledger.authorize(
      fund.id,
      {
        authority: 'FY2026 budget ordinance, special revenue fund 238',
        adoptedOn: '2025-06-17',
        lines: [
          {
            taxonomyKey: NC,
            strategyCode: '8',
            // With the first line's $900,000, enough for every demo round's budget (they are published).
            amountCents: 190_000_000n,
            startsOn: '2025-07-01',
            endsOn: '2028-06-30',
          },
          {
            taxonomyKey: NC,
            strategyCode: '9',
            amountCents: 20_000_000n,
            startsOn: '2025-07-01',
            endsOn: '2027-06-30',
          },
          {
            taxonomyKey: NC,
            strategyCode: '3',
            amountCents: 35_000_000n,
            startsOn: '2025-07-01',
            endsOn: '2027-06-30',
          },
        ],
      },
      actor,
    );
    // The demo rounds (all post-overdose response), paid from the two strategy-8 lines.
    const page = await this.rounds.list(
      { ...SYSTEM_ACTOR, roles: [Role.PROGRAM_OFFICER] } as AuthUser,
      { first: 20 } as Parameters<RoundsService['list']>[1],
    );
    const line8a = first.lines!.find((l) => l.strategyCode === '8')!;
    const line8b = second.lines!.find((l) => l.strategyCode === '8')!;
    const left = new Map([
      [line8a.id, line8a.amountCents],
      [line8b.id, line8b.amountCents],
    ]);
    for (const round of page.nodes) {
      let need = BigInt(round.budgetCents);
      for (const line of [line8a, line8b]) {
        const take = need < left.get(line.id)! ? need : left.get(line.id)!;
        if (take <= 0n) continue;
        await this.ledger.allocateToRound(round.id, line.id, take, actor);
        left.set(line.id, left.get(line.id)! - take);
        need -= take;
      }
    }
    const spend: Array<
      [string, string, string, 'REMEDIATION' | 'NON_REMEDIATION' | 'ADMINISTRATIVE' | 'AUDIT', bigint, string | null]
    > = [
      [
        '2023-09-14',
        'Emergent BioSolutions',
        'Naloxone nasal spray, 2,400 two-dose kits',
        'REMEDIATION',
        8_400_000n,
        '7',
      ],
      [
        '2023-11-30',
        'Alamance Regional Medical Center',
        'Bridge clinic: medications for opioid use disorder, first half-year',
        'REMEDIATION',
        21_750_000n,
        '2',
      ],
      [
        '2024-03-29',
        'Alamance County Finance Department',
        'Fund accounting and reporting staff time (share)',
        'ADMINISTRATIVE',
        1_850_000n,
        null,
      ],
      [
        '2024-05-15',
        'Alamance Regional Medical Center',
        'Bridge clinic: medications for opioid use disorder, second half-year',
        'REMEDIATION',
        22_310_000n,
        '2',
      ],
      [
        '2024-06-28',
        'Mauldin & Jenkins',
        'Share of the annual audit attributable to the fund',
        'AUDIT',
        1_250_000n,
        null,
      ],
      [
        '2024-10-03',
        'Emergent BioSolutions',
        'Naloxone nasal spray, 1,800 two-dose kits',
        'REMEDIATION',
        6_300_000n,
        '7',
      ],
      [
        '2025-01-31',
        'Alamance County Finance Department',
        'Fund accounting and reporting staff time (share)',
        'ADMINISTRATIVE',
        1_920_000n,
        null,
      ],
      [
        '2025-02-20',
        'Outside counsel (opioid litigation)',
        'Litigation expenses reimbursed under the MOA',
        'NON_REMEDIATION',
        2_500_000n,
        null,
      ],
      [
        '2025-09-12',
        'Freedom House Recovery Center',
        'Peer recovery support specialists, first quarter',
        'REMEDIATION',
        7_800_000n,
        '3',
      ],
      [
        '2025-10-17',
        'NC Harm Reduction Coalition',
        'Syringe services program supplies',
        'REMEDIATION',
        3_450_000n,
        '9',
      ],
    ];
    for (const [paidOn, payee, description, classification, amountCents, code] of spend) {
      await this.ledger.recordExpenditure(
        fund.id,
        {
          paidOn,
          payee,
          description,
          classification: classification as never,
          amountCents,
          splits: code ? [{ taxonomyKey: NC, strategyCode: code, amountCents }] : [],
        },
        actor,
      );
    }
  }
}
