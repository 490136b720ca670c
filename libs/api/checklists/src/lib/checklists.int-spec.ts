import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser } from '@abate/testing/organizations';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import type { ChecklistDefinition } from '@abate/shared/checklist';
import { OrganizationsModule } from '@abate/api/organizations';
import { ChecklistsModule } from './checklists.module';
import { ChecklistsService } from './checklists.service';

const CHECKLIST = `query($key: String!, $version: String) {
  checklist(key: $key, version: $version) { key version title scale { value label } domains { key } items { key domain weight critical sources { id citation } } }
}`;
const PUBLISH =
  'mutation($input: ChecklistInput!) { publishChecklistVersion(input: $input) { key version items { key } } }';

/** The shipped checklist as the JSON an officer uploads, with a new version label. */
const upload = (version: string): ChecklistDefinition => ({ ...structuredClone(PORP_CHECKLIST_2023), version });

describe('checklists', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await createTestApp({ imports: [OrganizationsModule, ChecklistsModule] });
    officer = (await createUser(t, { roles: [Role.PROGRAM_OFFICER] })).token;
  });
  afterAll(() => t.close());

  it('loads porp-best-practice 2023.1 at start-up, readable by anyone', async () => {
    const res = await gql<{
      checklist: { items: Array<{ critical: boolean; sources: unknown[] }>; domains: unknown[]; version: string };
    }>(t, CHECKLIST, { key: 'porp-best-practice', version: '2023.1' });
    expect(res.data?.checklist.version).toBe('2023.1');
    expect(res.data?.checklist.items).toHaveLength(32);
    expect(res.data?.checklist.domains).toHaveLength(7);
    expect(res.data?.checklist.items.filter((i) => i.critical)).toHaveLength(4);
    expect(res.data?.checklist.items.every((i) => i.sources.length > 0)).toBe(true);
  });

  it('loads it once however often the app starts', async () => {
    await t.get(ChecklistsService).onApplicationBootstrap();
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM checklist_versions WHERE key = 'porp-best-practice' AND label = '2023.1'`,
    );
    expect(n).toBe(1);
  });

  it('answers NOT_FOUND for an unknown version', async () => {
    expect(errorOf(await gql(t, CHECKLIST, { key: 'porp-best-practice', version: '1999.1' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'version',
    });
  });

  it('lets an officer publish a new version, which becomes the latest', async () => {
    const input = upload('2024.1');
    input.items = input.items.slice(0, 5);
    const res = await gql(t, PUBLISH, { input }, { token: officer });
    expect(res.errors).toBeUndefined();
    const latest = await gql<{ checklist: { version: string; items: unknown[] } }>(t, CHECKLIST, {
      key: 'porp-best-practice',
    });
    expect(latest.data?.checklist).toMatchObject({ version: '2024.1' });
    expect(latest.data?.checklist.items).toHaveLength(5);
  });

  it('never changes a published version', async () => {
    const input = upload('2023.1');
    input.title = 'Rewritten';
    expect(errorOf(await gql(t, PUBLISH, { input }, { token: officer }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.version',
    });
    const res = await gql<{ checklist: { title: string } }>(t, CHECKLIST, {
      key: 'porp-best-practice',
      version: '2023.1',
    });
    expect(res.data?.checklist.title).toBe(PORP_CHECKLIST_2023.title);
  });

  it.each<[string, (c: ChecklistDefinition) => void, string]>([
    ['a repeated item key', (c) => (c.items[1].key = c.items[0].key), 'input.items.1.key'],
    ['an undefined domain', (c) => (c.items[2].domain = 'nowhere'), 'input.items.2.domain'],
    ['a weight of 4', (c) => (c.items[3].weight = 4), 'input.items.3.weight'],
    ['an undefined source', (c) => (c.items[4].sources = ['NOBODY-2020']), 'input.items.4.sources.0'],
    ['no scale', (c) => (c.scale = []), 'input.scale'],
  ])('refuses %s, naming the field', async (_label, breakIt, field) => {
    const input = upload('2025.1');
    breakIt(input);
    expect(errorOf(await gql(t, PUBLISH, { input }, { token: officer }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('is for program officers only', async () => {
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    expect(errorOf(await gql(t, PUBLISH, { input: upload('2026.1') }, { token: reviewer.token })).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await gql(t, PUBLISH, { input: upload('2026.1') })).code).toBe('UNAUTHENTICATED');
  });
});
