import { expectVisible, useBrowser } from './support/browser';
import { demoUser, type DemoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';
import { declareNoConflict, scoreEveryItem, signOut, submitReview } from './support/steps';

// The demo's round in review (apps/api/src/review-demo-seed.ts).
const REVIEW_ROUND = 'Post-overdose outreach grants 2026 (in review)';

/** A county in the review round signs in as its grants office (same demo password). */
const countyUser = (county: string): DemoUser => ({
  email: `${county.split(' ')[0].toLowerCase()}@abate.test`,
  name: `${county} grants office`,
  roles: ['APPLICANT'],
});

describe('review and award', () => {
  const browser = useBrowser('review');

  it('a reviewer declares no conflict, scores and submits; the officer ranks, awards one, declines the rest and releases; the applicant sees the decision', async () => {
    const { page } = browser;

    // Reviewer 3 still has conflict declarations to make in the demo round.
    await signIn(page, { email: 'reviewer3@abate.test', name: 'Jordan Lee', roles: ['REVIEWER'] });
    await page.goto('/reviews');
    const open = page.getByRole('link', { name: /^Open / }).first();
    const organization = ((await open.textContent()) ?? '').replace(/^Open /, '').trim();
    await open.click();
    await expectVisible(heading(page, `Conflict of interest: ${organization}`));
    await browser.screenshot('conflict-declaration');
    await declareNoConflict(page, organization);
    await scoreEveryItem(page, 'A credible, health-led program; the data firewall needs more detail.');
    await browser.screenshot('scoring');
    await submitReview(page);
    await browser.screenshot('review-submitted');
    await signOut(page);

    // The officer sees the ranking with its funding line.
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto('/rounds');
    await page.getByRole('link', { name: `Ranking for ${REVIEW_ROUND}` }).click();
    await expectVisible(heading(page, `Ranking and decisions: ${REVIEW_ROUND}`));
    await expectVisible(page.locator('tr[data-funding-line]'));
    // The page reads the ranking 25 rows at a time; this round has five.
    await expectVisible(page.getByText('Showing 1–5 of 5 applications'));
    await browser.screenshot('ranking');

    // Award the top application, decline the others.
    const rows = page.locator('tr[data-application-id]');
    const count = await rows.count();
    expect(count).toBe(5);
    const winner = (await rows.first().textContent()) ?? '';
    for (let i = 0; i < count; i++) {
      await rows
        .nth(i)
        .getByRole('button', { name: /^Decide on / })
        .click();
      if (i === 0) {
        await page.locator('label', { hasText: /^Award$/ }).click();
        await page.getByRole('button', { name: 'Save decision' }).click();
      } else {
        await page.locator('label', { hasText: /^Decline$/ }).click();
        await page.getByLabel('Reason for declining').fill('Ranked below the funding line for this round.');
        await page.getByRole('button', { name: 'Save decision' }).click();
      }
      await expectVisible(page.getByText(/^Decision saved/));
    }
    await browser.screenshot('decided');
    await page.getByRole('button', { name: 'Release decisions' }).click();
    await page.getByRole('button', { name: 'Yes, release decisions' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Decisions released' }));
    await signOut(page);

    // The winning county reads its decision and the reviewers' comments, labelled without names.
    const county = ['Durham County', 'Orange County', 'Wake County', 'Guilford County', 'Robeson County'].find((name) =>
      winner.includes(name),
    );
    if (!county) throw new Error(`Could not tell the winning county from "${winner}"`);
    await signIn(page, countyUser(county));
    await page.goto('/applications');
    await page.getByRole('link', { name: `${county} post-overdose outreach` }).click();
    await expectVisible(page.locator('#decision').getByText(/^Awarded \$/));
    await expectVisible(page.getByText('Reviewer 1', { exact: true }));
    expect(await page.getByText(/Riley Brooks|Sam Patel|Jordan Lee/).count()).toBe(0);
    await browser.screenshot('applicant-decision');
  });
});
