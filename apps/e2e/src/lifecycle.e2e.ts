import type { Locator, Page } from 'playwright-core';
import { describeProblems, seriousViolations, type AccessibilityProblem } from './support/accessibility';
import { expectVisible, useBrowser } from './support/browser';
import { demoUsers, type DemoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';
import {
  completeApplication,
  declareNoConflict,
  expectReadyToSubmit,
  expectSaved,
  fillNewRound,
  fillQuarterlyReport,
  saveAndPublishRound,
  scoreEveryItem,
  signOut,
  startApplication,
  submitApplication,
  submitReport,
  submitReview,
} from './support/steps';

const TIME_ZONE = 'America/New_York';
/**
 * The round's deadline is a month ahead, so applying never races it; once both applications
 * are in, the officer closes the round now (with a reason) instead of waiting for the deadline.
 */
const ROUND_OPEN_MS = 30 * 86_400_000;

/**
 * The grant starts with the calendar quarter before this one, so its first quarterly report is
 * owed as soon as the award is made, and that quarter is still open for publication when the
 * report is accepted (public figures of a quarter are fixed 60 days after its reports were due,
 * 30 days after it ends; docs/security.md). On the last two days of a 92-day quarter that window
 * has passed and the public step would find no figures.
 */
const GRANT = (() => {
  const now = new Date();
  const quarterStartMonth = Math.floor(now.getUTCMonth() / 3) * 3 - 3;
  const start = new Date(Date.UTC(now.getUTCFullYear(), quarterStartMonth, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, 0));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    start: day(start),
    end: day(end),
    firstQuarter: `${start.getUTCFullYear()} Q${start.getUTCMonth() / 3 + 1}`,
  };
})();

/** datetime-local text ("2026-11-28T09:05") of an instant, in a time zone. */
function localIn(timeZone: string, instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function user(email: string): DemoUser {
  const found = demoUsers.find((candidate) => candidate.email === email);
  if (!found) throw new Error(`The demo seed has no ${email}`);
  return found;
}

describe('the whole lifecycle', () => {
  const browser = useBrowser('lifecycle');
  const suffix = Date.now().toString(36);
  const roundTitle = `Lifecycle outreach ${suffix}`;

  it(
    'a round is published, applied to, reviewed (with a conflict reassigned), decided, reported on and shown to the public; every page passes axe',
    async () => {
      const { page } = browser;
      // A long walk on a busy machine: more patience per step than the shorter journeys need.
      browser.context.setDefaultTimeout(20_000);
      const officer = user('officer@abate.test');
      const reviewer1 = user('reviewer1@abate.test');
      const reviewer2 = user('reviewer2@abate.test');
      const alamance = {
        user: user('applicant1@abate.test'),
        county: 'Alamance County',
        title: `Alamance lifecycle team ${suffix}`,
      };
      const buncombe = {
        user: user('applicant2@abate.test'),
        county: 'Buncombe County',
        title: `Buncombe lifecycle team ${suffix}`,
      };

      // Every page the walk shows is checked with axe and kept as a screenshot. The walk goes on
      // past a violation so that one run lists them all; the test fails at the end if there was any.
      const problems: AccessibilityProblem[] = [];
      const visit = async (name: string) => {
        const found = await seriousViolations(page, name);
        if (found.length) console.warn(`Accessibility violations on ${name}:\n${describeProblems(found)}`);
        problems.push(...found);
        await browser.screenshot(name);
      };

      // 1. The officer creates the round as a draft and publishes it. The grant period starts in
      // the last quarter, so that its first quarter's report is already owed when the award is made.
      await signIn(page, officer);
      await visit('officer-home');
      const closesAt = new Date(Math.ceil((Date.now() + ROUND_OPEN_MS) / 60_000) * 60_000);
      await fillNewRound(page, {
        title: roundTitle,
        timeZone: TIME_ZONE,
        opensAt: localIn(TIME_ZONE, new Date(Date.now() - 86_400_000)),
        closesAt: localIn(TIME_ZONE, closesAt),
        grantStart: GRANT.start,
        grantEnd: GRANT.end,
        reviewersPerApplication: 1,
      });
      await visit('officer-new-round');
      await saveAndPublishRound(page);
      const roundId = /\/officer\/rounds\/([0-9a-f-]{36})\/edit$/.exec(new URL(page.url()).pathname)?.[1];
      if (!roundId) throw new Error(`After publishing, expected the round's edit page, not ${page.url()}`);
      await visit('officer-round-published');
      await signOut(page);
      await visit('sign-in');

      // 2. Two counties apply and submit.
      for (const applicant of [alamance, buncombe]) {
        const name = applicant.county.split(' ')[0].toLowerCase();
        await signIn(page, applicant.user);
        await visit(`${name}-home`);
        await page.goto('/applications');
        await expectVisible(page.getByRole('button', { name: `Start an application to ${roundTitle}` }));
        await visit(`${name}-applications`);
        await startApplication(page, roundTitle);
        await page.getByLabel('Application title').fill(applicant.title);
        await expectSaved(page);
        await visit(`${name}-editor-new`);
        await completeApplication(page, applicant.county);
        await expectReadyToSubmit(page);
        await visit(`${name}-editor-ready`);
        await submitApplication(page);
        await visit(`${name}-receipt`);
        await signOut(page);
      }

      // 3. With both applications in, the officer closes the round now, giving a reason (audited),
      // then assigns reviewer 1 to both applications, one review each.
      await signIn(page, officer);
      await page.goto(`/rounds/${roundId}`);
      await page.getByRole('button', { name: 'Close the round now' }).click();
      const closeDialog = page.getByRole('dialog', { name: `Close ${roundTitle} now?` });
      await expectVisible(closeDialog);
      await closeDialog.getByRole('button', { name: 'Yes, close the round' }).click();
      await expectVisible(closeDialog.getByText('Give a reason for closing the round early', { exact: false }));
      await closeDialog
        .getByLabel('Reason for closing early (required)')
        .fill('Both counties have applied; the review panel is ready.');
      await visit('officer-close-round-dialog');
      await closeDialog.getByRole('button', { name: 'Yes, close the round' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Round closed' }));
      await expectVisible(page.getByText('The deadline has passed. Reviewers are scoring the applications.'));
      await visit('officer-round-closed');
      await page.goto('/rounds');
      await expectVisible(page.getByRole('link', { name: `Assignments for ${roundTitle}` }));
      await visit('officer-rounds');
      await page.getByRole('link', { name: `Assignments for ${roundTitle}` }).click();
      await expectVisible(page.getByRole('heading', { name: 'Assign reviewers' }));
      await visit('officer-assignments');
      await page
        .getByRole('group', { name: 'Reviewers to assign' })
        .locator('label', { hasText: reviewer1.email })
        .click();
      await page.getByLabel('Reviews per application').fill('1');
      await page.getByRole('button', { name: 'Assign reviewers' }).click();
      await expectVisible(page.getByText('2 new assignments made.', { exact: false }));
      await visit('officer-assigned');
      await signOut(page);

      // 4. Reviewer 1 reviews Alamance's application and declares a conflict on Buncombe's.
      const openAssignment = (county: string): Locator =>
        page
          .getByRole('region', { name: roundTitle, exact: true })
          .getByRole('link', { name: `Open ${county}`, exact: true });
      await signIn(page, reviewer1);
      await page.goto('/reviews');
      await expectVisible(openAssignment(alamance.county));
      await visit('reviewer1-queue');
      await openAssignment(alamance.county).click();
      await expectVisible(heading(page, `Conflict of interest: ${alamance.county}`));
      await visit('reviewer1-conflict-declaration');
      await declareNoConflict(page, alamance.county);
      await visit('reviewer1-scoring-new');
      await scoreEveryItem(page, 'A credible, health-led program; the data firewall needs more detail.');
      await visit('reviewer1-scoring-done');
      await submitReview(page);
      await visit('reviewer1-review-submitted');

      await page.goto('/reviews');
      await openAssignment(buncombe.county).click();
      await expectVisible(heading(page, `Conflict of interest: ${buncombe.county}`));
      await page.locator('label[for="coi-conflict"]').click();
      await page
        .getByLabel('Explain the conflict (required)')
        .fill('I advised Buncombe County’s outreach program last year.');
      await visit('reviewer1-declaring-conflict');
      await page.getByRole('button', { name: 'Submit declaration' }).click();
      await expectVisible(heading(page, `Conflict declared: ${buncombe.county}`));
      await visit('reviewer1-conflict-declared');
      await signOut(page);

      // 5. The officer sees the conflict and reassigns Buncombe's application to reviewer 2.
      await signIn(page, officer);
      await page.goto('/rounds');
      await page.getByRole('link', { name: `Assignments for ${roundTitle}` }).click();
      await expectVisible(page.getByRole('heading', { name: 'A declared conflict needs another reviewer' }));
      await visit('officer-conflict-to-reassign');
      await page
        .getByLabel(`Reviewer to assign to ${buncombe.title}`, { exact: false })
        .selectOption({ label: reviewer2.name });
      await page.getByRole('button', { name: `Assign to ${buncombe.title}`, exact: false }).click();
      await expectVisible(page.getByRole('heading', { name: 'Assign reviewers' }));
      await page
        .getByRole('heading', { name: 'A declared conflict needs another reviewer' })
        .waitFor({ state: 'detached' });
      await visit('officer-reassigned');
      await signOut(page);

      // 6. Reviewer 2 reviews Buncombe's application.
      await signIn(page, reviewer2);
      await page.goto('/reviews');
      await expectVisible(openAssignment(buncombe.county));
      await visit('reviewer2-queue');
      await openAssignment(buncombe.county).click();
      await expectVisible(heading(page, `Conflict of interest: ${buncombe.county}`));
      await visit('reviewer2-conflict-declaration');
      await declareNoConflict(page, buncombe.county);
      await scoreEveryItem(page, 'Strong partnerships; the staffing plan is thin for the county’s size.');
      await visit('reviewer2-scoring-done');
      await page.getByRole('button', { name: 'Submit review' }).click();
      await expectVisible(page.getByRole('button', { name: 'Yes, submit the review' }));
      await visit('reviewer2-submit-confirmation');
      await page.getByRole('button', { name: 'Yes, submit the review' }).click();
      await expectVisible(page.locator('#review-submitted'));
      await visit('reviewer2-review-submitted');
      await signOut(page);

      // 7. The round being closed, the officer ranks, awards Alamance, declines Buncombe and releases.
      await signIn(page, officer);
      await page.goto('/rounds');
      await page.getByRole('link', { name: `Ranking for ${roundTitle}` }).click();
      await expectVisible(heading(page, `Ranking and decisions: ${roundTitle}`));
      const rowOf = (county: string) => page.locator('tr[data-application-id]', { hasText: county });
      await expectVisible(rowOf(alamance.county).getByRole('button', { name: /^Decide on / }));
      await visit('officer-ranking');

      await rowOf(alamance.county)
        .getByRole('button', { name: /^Decide on / })
        .click();
      await page.locator('label', { hasText: /^Award$/ }).click();
      await visit('officer-decision-dialog');
      await page.getByRole('button', { name: 'Save decision' }).click();
      await expectVisible(page.getByText(/^Decision saved/));
      await rowOf(buncombe.county)
        .getByRole('button', { name: /^Decide on / })
        .click();
      await page.locator('label', { hasText: /^Decline$/ }).click();
      await page.getByLabel('Reason for declining').fill('Ranked below the funding line for this round.');
      await visit('officer-decline-dialog');
      await page.getByRole('button', { name: 'Save decision' }).click();
      await expectVisible(page.getByText(/^Decision saved/));
      await visit('officer-decided');
      await page.getByRole('button', { name: 'Release decisions' }).click();
      await expectVisible(page.getByRole('button', { name: 'Yes, release decisions' }));
      await visit('officer-release-confirmation');
      await page.getByRole('button', { name: 'Yes, release decisions' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Decisions released' }));
      await visit('officer-released');
      await signOut(page);

      // 8. Alamance reads its decision, then files its first quarterly report.
      await signIn(page, alamance.user);
      await page.goto('/applications');
      await page.getByRole('link', { name: alamance.title, exact: true }).click();
      await expectVisible(page.locator('#decision').getByText(/^Awarded \$/));
      await visit('alamance-decision');
      const award = await openAward(page, roundTitle);
      await visit('alamance-awards');
      const firstQuarter = award.getByRole('link', { name: `${GRANT.firstQuarter} report`, exact: true });
      await firstQuarter.click();
      await expectVisible(page.getByLabel('Successes', { exact: true }));
      await visit('alamance-report-new');
      await fillQuarterlyReport(page);
      await visit('alamance-report-filled');
      await submitReport(page);
      await visit('alamance-report-submitted');
      await signOut(page);

      // 9. The officer asks for a change.
      const reviewLink = `Review ${alamance.county}’s ${GRANT.firstQuarter} report`;
      await signIn(page, officer);
      await page.goto('/officer/reports');
      await expectVisible(page.getByRole('link', { name: reviewLink }));
      await visit('officer-report-queue');
      await page.getByRole('link', { name: reviewLink }).click();
      await expectVisible(page.getByLabel('Note to the grantee'));
      await visit('officer-report-review');
      await page.getByLabel('Note to the grantee').fill('Please split hospital referrals by emergency department.');
      await page.getByRole('button', { name: 'Request changes' }).click();
      await expectVisible(page.getByRole('button', { name: 'Yes, send the request' }));
      await visit('officer-request-changes-confirmation');
      await page.getByRole('button', { name: 'Yes, send the request' }).click();
      await expectVisible(page.locator('#review-done'));
      await visit('officer-changes-requested');
      await signOut(page);

      // 10. The grantee revises and resubmits.
      await signIn(page, alamance.user);
      const again = await openAward(page, roundTitle);
      await again.getByRole('link', { name: `${GRANT.firstQuarter} report`, exact: true }).click();
      await expectVisible(page.getByText('Please split hospital referrals by emergency department.'));
      await visit('alamance-report-changes-requested');
      await page.getByLabel('of which from emergency departments or hospitals', { exact: true }).fill('10');
      await expectSaved(page);
      await submitReport(page);
      await visit('alamance-report-resubmitted');
      await signOut(page);

      // 11. The officer accepts the revised version.
      await signIn(page, officer);
      await page.goto('/officer/reports');
      await page.getByRole('link', { name: reviewLink }).click();
      await expectVisible(page.locator('#review-history'));
      await visit('officer-report-revised');
      await page.getByRole('button', { name: 'Accept report' }).click();
      await page.getByRole('button', { name: 'Yes, accept the report' }).click();
      await expectVisible(page.locator('#review-done'));
      await visit('officer-report-accepted');
      await signOut(page);

      // 12. The public sees the round decided, the award, and the accepted quarter's outcomes.
      await page.goto(`/rounds/${roundId}`);
      await expectVisible(heading(page, roundTitle));
      await expectVisible(page.getByText('Awards for this round have been decided.'));
      await visit('public-round');
      await page.goto('/transparency');
      await expectVisible(heading(page, 'Where the opioid-settlement money went'));
      await page.getByLabel('Funding round').selectOption({ label: roundTitle });
      await page.getByRole('button', { name: 'Show figures' }).click();
      // The page first shows every round (Buncombe has a demo award elsewhere): wait for this round's figures.
      await page.waitForURL((url) => url.search.includes(roundId));
      const awards = page.getByRole('table', { name: 'Awards' });
      await expectVisible(awards.getByRole('rowheader', { name: new RegExp(`^${alamance.county}`) }));
      await awards.getByText(buncombe.county).first().waitFor({ state: 'detached' });
      expect(await awards.getByText(buncombe.county).count()).toBe(0);
      const outcomes = page.getByRole('table', { name: 'Outcomes by quarter' });
      await expectVisible(outcomes);
      const outcomeText = (await outcomes.textContent()) ?? '';
      expect(outcomeText).toContain('Naloxone kits distributed');
      expect(outcomeText).toContain('90');
      await visit('public-transparency');

      if (problems.length)
        throw new Error(
          `axe found ${problems.length} serious or critical accessibility violations:\n${describeProblems(problems)}`,
        );
    },
    // Applying, reviewing and reporting through the UI with axe on every page: about 4 minutes
    // on a 2-core machine, more when it is busy (no step waits on wall time).
    10 * 60_000,
  );
});

/** The grantee's awards page, scrolled to the award from `roundTitle`; returns that award's section. */
async function openAward(page: Page, roundTitle: string): Promise<Locator> {
  await page.goto('/awards');
  const award = page.locator('section[data-award-id]', { hasText: roundTitle });
  await expectVisible(award);
  return award;
}
