import { Agent } from 'node:http';
import type { Locator } from 'playwright-core';
import { describeProblems, seriousViolations, type AccessibilityProblem } from './support/accessibility';
import { baseUrl, expectVisible, useBrowser } from './support/browser';
import { demoPassword, demoUser, type DemoUser } from './support/demo-users';
import { postGraphQL } from './support/http';
import { signIn } from './support/pages';

// apps/api/src/ledger-demo-seed.ts FINANCE_DEMO_USER
const finance = { email: 'finance@abate.test', name: 'Casey Morgan', roles: [] } as DemoUser;

/**
 * Each role's home page: its queue with counts the API agrees with, and links to where the
 * work is done (including pages other parts of the app add: payments, administration).
 */
describe('home pages', () => {
  const browser = useBrowser('home');
  const agent = new Agent({ keepAlive: false });
  afterAll(() => agent.destroy());
  const problems: AccessibilityProblem[] = [];
  afterAll(() => expect(describeProblems(problems)).toBe(''));

  /** The API's answer to `query` for `user`. */
  const ask = async <T>(user: DemoUser, query: string): Promise<T> => {
    const signedIn = await postGraphQL<{ signIn: { token: string } }>(
      agent,
      baseUrl,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: user.email, p: demoPassword },
    );
    const res = await postGraphQL<T>(agent, baseUrl, query, {}, signedIn.data!.signIn.token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  /** The queue item linking to `href` whose label matches `label`: its count, once loaded. */
  const countOf = async (region: Locator, href: string, label: RegExp): Promise<number> => {
    const link = region.locator(`a[href="${href}"]`).filter({ hasText: label });
    await expectVisible(link);
    const count = link.locator('.abate-queue__count');
    await count.filter({ hasText: /^[\d,]+$/ }).waitFor();
    return Number((await count.textContent())!.replace(/,/g, ''));
  };
  const expectLink = (region: Locator, href: string) => expectVisible(region.locator(`a[href="${href}"]`).first());

  it('the program officer sees rounds, reports and payments waiting, and the administration links', async () => {
    const { page } = browser;
    const officer = demoUser('PROGRAM_OFFICER');
    await signIn(page, officer);
    const region = page.getByRole('region', { name: 'Program officer', exact: true });
    const api = await ask<{ r: { totalCount: number }; p: { totalCount: number }; v: { totalCount: number } }>(
      officer,
      '{ r: reportingMilestones(status: SUBMITTED, first: 1) { totalCount } p: paymentRequests(status: SUBMITTED, first: 1) { totalCount } v: fundingRounds(status: REVIEW, first: 1) { totalCount } }',
    );
    expect(await countOf(region, '/officer/reports', /waiting for review/)).toBe(api.r.totalCount);
    expect(await countOf(region, '/payments/approvals', /to approve/)).toBe(api.p.totalCount);
    expect(await countOf(region, '/rounds', /in review/)).toBe(api.v.totalCount);
    await countOf(region, '/rounds', /closing in 14 days/);
    for (const href of ['/admin/organizations', '/admin/users', '/audit', '/officer/outbox', '/officer/rounds/new'])
      await expectLink(region, href);
    problems.push(...(await seriousViolations(page, 'officer home')));
    await browser.screenshot('officer');
  });

  it('the applicant sees drafts, deadlines and reports due', async () => {
    const { page } = browser;
    const applicant = demoUser('APPLICANT');
    await signIn(page, applicant);
    const region = page.getByRole('region', { name: 'Applicant', exact: true });
    const api = await ask<{ d: { totalCount: number }; due: { totalCount: number }; late: { totalCount: number } }>(
      applicant,
      '{ d: applications(status: DRAFT, first: 1) { totalCount } due: reportingMilestones(status: DUE, first: 1) { totalCount } late: reportingMilestones(status: OVERDUE, first: 1) { totalCount } }',
    );
    expect(await countOf(region, '/applications', /to finish/)).toBe(api.d.totalCount);
    expect(await countOf(region, '/awards', /reports? due/)).toBe(api.due.totalCount);
    expect(await countOf(region, '/awards', /overdue/)).toBe(api.late.totalCount);
    await countOf(region, '/rounds', /closing in 30 days/);
    problems.push(...(await seriousViolations(page, 'applicant home')));
    await browser.screenshot('applicant');
  });

  it('the reviewer sees assignments to declare and to score', async () => {
    const { page } = browser;
    const reviewer = demoUser('REVIEWER');
    await signIn(page, reviewer);
    const region = page.getByRole('region', { name: 'Reviewer', exact: true });
    const api = await ask<{ myReviewAssignments: Array<{ status: string }> }>(
      reviewer,
      '{ myReviewAssignments { status } }',
    );
    const of = (status: string) => api.myReviewAssignments.filter((a) => a.status === status).length;
    expect(await countOf(region, '/reviews', /declare conflicts/)).toBe(of('PENDING_COI'));
    expect(await countOf(region, '/reviews', /to score/)).toBe(of('IN_PROGRESS'));
    problems.push(...(await seriousViolations(page, 'reviewer home')));
    await browser.screenshot('reviewer');
  });

  it('the finance officer sees approvals, batches to record and each fund’s balance', async () => {
    const { page } = browser;
    await signIn(page, finance);
    const region = page.getByRole('region', { name: 'Finance officer', exact: true });
    const api = await ask<{
      a: { totalCount: number };
      b: { totalCount: number };
      settlementFunds: { nodes: Array<{ id: string; name: string }> };
    }>(
      finance,
      '{ a: paymentRequests(status: PROGRAM_APPROVED, first: 1) { totalCount } b: paymentBatches(complete: false, first: 1) { totalCount } settlementFunds(first: 20) { nodes { id name } } }',
    );
    expect(await countOf(region, '/payments/approvals', /financial approval/)).toBe(api.a.totalCount);
    expect(await countOf(region, '/finance/payment-batches', /to record/)).toBe(api.b.totalCount);
    expect(api.settlementFunds.nodes.length).toBeGreaterThan(0);
    for (const fund of api.settlementFunds.nodes) {
      const row = region.getByRole('row').filter({ has: page.getByRole('link', { name: fund.name }) });
      await expectVisible(row);
      expect(await row.getByRole('cell').first().textContent()).toMatch(/^-?\$[\d,]+\.\d{2}$/);
      expect(await row.locator(`a[href="/finance/funds/${fund.id}"]`).count()).toBe(1);
    }
    problems.push(...(await seriousViolations(page, 'finance home')));
    await browser.screenshot('finance');
  });

  it('the auditor sees the latest changes and opens the trail', async () => {
    const { page } = browser;
    const auditor = demoUser('AUDITOR');
    await signIn(page, auditor);
    const region = page.getByRole('region', { name: 'Auditor', exact: true });
    const api = await ask<{ auditEvents: { nodes: Array<{ action: string; entityId: string }> } }>(
      auditor,
      '{ auditEvents(first: 5, newestFirst: true) { nodes { action entityId } } }',
    );
    const latest = region.getByRole('list', { name: 'Latest changes' });
    await expectVisible(latest);
    const first = api.auditEvents.nodes[0];
    expect(await latest.getByRole('listitem').count()).toBe(api.auditEvents.nodes.length);
    await expectVisible(latest.getByRole('listitem').first().getByText(first.action));
    problems.push(...(await seriousViolations(page, 'auditor home')));
    await browser.screenshot('auditor');
    await region.getByRole('link', { name: /Open the audit trail/ }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Audit trail' }));
  });
});
