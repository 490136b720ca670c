import type { Page } from 'playwright-core';
import { expectVisible, useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';

const HOUR = 3_600_000;

/** POSTs a GraphQL operation from the page, as the web app does (same origin, its cookie). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const body = await page.evaluate(
    async (request) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      return response.json();
    },
    { query, variables },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Moves the shared test server's clock (TEST_CLOCK=true); DELETE puts it back on real time. */
async function moveClock(method: 'POST' | 'DELETE', body?: object): Promise<string> {
  const response = await fetch(`${process.env.ABATE_E2E_BASE_URL}/test/clock`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The test clock answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { now: string }).now;
}

describe('the test server clock', () => {
  const browser = useBrowser('test-clock');
  afterAll(() => moveClock('DELETE'));

  it('moves a round past its deadline without waiting: the round page shows it closed', async () => {
    const { page } = browser;
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    const now = Date.now();
    const title = `Clock round ${now.toString(36)}`;
    const created = await graphql<{ createFundingRound: { id: string } }>(
      page,
      'mutation($i: CreateFundingRoundInput!) { createFundingRound(input: $i) { id } }',
      {
        i: {
          title,
          description: 'A round whose deadline the test clock passes.',
          checklistKey: 'porp-best-practice',
          checklistVersion: '2023.1',
          opensAt: new Date(now - HOUR).toISOString(),
          closesAt: new Date(now + 2 * HOUR).toISOString(),
          timeZone: 'America/New_York',
          budgetCents: 100_000_000,
          minAwardCents: 5_000_000,
          maxAwardCents: 25_000_000,
          eligibleKinds: ['COUNTY'],
          reviewersPerApplication: 1,
          grantStart: '2027-01-01',
          grantEnd: '2027-12-31',
        },
      },
    );
    const id = created.createFundingRound.id;
    await graphql(page, 'mutation($id: ID!) { publishFundingRound(id: $id) { id } }', { id });

    await page.goto(`/rounds/${id}`);
    await expectVisible(heading(page, title));
    await expectVisible(page.getByText('Open for applications', { exact: true }));

    // Two hours and a minute later, as far as the server knows; other rounds' deadlines are days away.
    const moved = await moveClock('POST', { advanceMs: 2 * HOUR + 60_000 });
    expect(new Date(moved).getTime()).toBeGreaterThan(now + 2 * HOUR);
    await page.reload();
    await expectVisible(page.getByText('The deadline has passed. Reviewers are scoring the applications.'));
    await expectVisible(page.getByText('Closed: in review', { exact: true }));
    await browser.screenshot('round-past-deadline');

    await moveClock('DELETE');
    await page.reload();
    await expectVisible(page.getByText('Open for applications', { exact: true }));
  });
});
