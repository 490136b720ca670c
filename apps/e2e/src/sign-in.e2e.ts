import { expectPath, expectVisible, useBrowser } from './support/browser';
import { demoUser, roleLabels, type Role } from './support/demo-users';
import { anonymousHomeHeading, heading, signIn } from './support/pages';

const roles = Object.keys(roleLabels) as Role[];

describe.each(roles)('%s', (role) => {
  const browser = useBrowser(`sign-in-${role.toLowerCase().replace('_', '-')}`);
  const user = demoUser(role);
  const label = roleLabels[role];

  it(`signs in through the form, sees their home page, stays signed in on reload and signs out`, async () => {
    const { page } = browser;
    await signIn(page, user);

    const header = page.getByRole('banner');
    await expectVisible(header.getByText(`${user.name} · ${label}`, { exact: true }));
    await expectVisible(header.getByRole('button', { name: 'Sign out' }));
    expect(await header.getByRole('link', { name: 'Sign in' }).count()).toBe(0);

    // The section for their role, listing what they can do, and no other role's section.
    const section = page.getByRole('region', { name: label, exact: true });
    await expectVisible(section);
    expect(await section.getByRole('listitem').count()).toBeGreaterThan(0);
    for (const other of roles.filter((candidate) => candidate !== role)) {
      expect(await page.getByRole('region', { name: roleLabels[other], exact: true }).count()).toBe(0);
    }
    await browser.screenshot('home');

    // The session is a cookie: a reload (no client state) still knows who they are.
    await page.reload();
    await expectVisible(heading(page, `Welcome, ${user.name}`));
    await expectVisible(header.getByText(`${user.name} · ${label}`, { exact: true }));

    await header.getByRole('button', { name: 'Sign out' }).click();
    await expectPath(page, '/sign-in');
    await expectVisible(heading(page, 'Sign in'));
    // Waited for: the header can show the old name for a frame after landing on /sign-in.
    await header.getByText(user.name).waitFor({ state: 'detached' });
    expect(await page.getByText(user.name).count()).toBe(0);
    await browser.screenshot('signed-out');

    // Signed out on the server too, not just in the page's memory.
    await page.goto('/');
    await expectVisible(heading(page, anonymousHomeHeading));
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });
});
