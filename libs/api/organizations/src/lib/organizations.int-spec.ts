import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createOrganization, createUser } from '../testing';
import { Role } from '@abate/api/core';
import { OrganizationsModule } from './organizations.module';
import { MembershipRole } from './organization-kind.enum';

const CREATE_ORG =
  'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name kind state fipsCode population version } }';
const CREATE_USER =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles memberships { role organization { id } } } }';
const ORGS =
  'query($first: Int!, $after: String) { organizations(first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }';

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2)}@example.org`,
  name: 'New Person',
  password: 'twelve chars ok',
  roles: ['APPLICANT'],
  ...overrides,
});

describe('organizations and users', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await createTestApp({ imports: [OrganizationsModule] });
    officer = (await createUser(t, { roles: [Role.PROGRAM_OFFICER] })).token;
  });
  afterAll(() => t.close());

  describe('createOrganization', () => {
    it('creates an organization for the officer', async () => {
      const input = { name: 'Buncombe County', kind: 'COUNTY', state: 'NC', fipsCode: '37021', population: 269452 };
      const res = await gql(t, CREATE_ORG, { input }, { token: officer });
      expect(res.data?.createOrganization).toMatchObject({ ...input, version: 1 });
    });

    it.each([
      [{ fipsCode: '51021' }, 'input.fipsCode', /not in NC/],
      [{ fipsCode: '3702' }, 'input.fipsCode', /five digits/],
      [{ state: 'nc' }, 'input.state', /two-letter postal code/],
      [{ state: 'ZZ' }, 'input.state', /not a US state/],
      [{ name: ' ' }, 'input.name', /at least 2/],
      [{ population: -1 }, 'input.population', /negative/],
    ])('refuses %j naming the field', async (override, field, message) => {
      const input = { name: 'Wake County', kind: 'COUNTY', state: 'NC', fipsCode: '37183', population: 1, ...override };
      const error = errorOf(await gql(t, CREATE_ORG, { input }, { token: officer }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(message);
    });

    it('refuses an unknown kind as a bad input naming the variable path', async () => {
      const input = { name: 'Wake County', kind: 'PARISH', state: 'NC', fipsCode: '37183', population: 1 };
      expect(errorOf(await gql(t, CREATE_ORG, { input }, { token: officer }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.kind',
      });
    });

    it('refuses a second organization with the same name in the same state', async () => {
      const org = await createOrganization(t);
      const input = { name: org.name, kind: 'COUNTY', state: 'NC', fipsCode: '37001', population: 1 };
      expect(errorOf(await gql(t, CREATE_ORG, { input }, { token: officer }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.name',
      });
    });

    it('is for program officers only', async () => {
      const applicant = await createUser(t, { roles: [Role.APPLICANT] });
      const input = { name: 'Wake County', kind: 'COUNTY', state: 'NC', fipsCode: '37183', population: 1 };
      expect(errorOf(await gql(t, CREATE_ORG, { input }, { token: applicant.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, CREATE_ORG, { input })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('organizations', () => {
    it('is refused to anonymous callers', async () => {
      expect(errorOf(await gql(t, ORGS, { first: 10 })).code).toBe('UNAUTHENTICATED');
    });

    it('shows an applicant only their own organizations', async () => {
      const mine = await createOrganization(t, { name: 'Mine County' });
      const applicant = await createUser(t, { roles: [Role.APPLICANT], organizationId: mine.id });
      const res = await gql<{ organizations: { totalCount: number; nodes: Array<{ id: string }> } }>(
        t,
        ORGS,
        { first: 10 },
        { token: applicant.token },
      );
      expect(res.data?.organizations.nodes).toEqual([{ id: mine.id, name: 'Mine County' }]);
      expect(res.data?.organizations.totalCount).toBe(1);
    });

    it('searches by part of the name, a FIPS code or a state; an applicant searches only their own', async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const haw = await createOrganization(t, { name: `Haw River ${tag} County`, state: 'NC', fipsCode: '37001' });
      const search = async (text: string, token = officer) =>
        (
          await gql<{ organizations: { nodes: Array<{ id: string; name: string }> } }>(
            t,
            'query($s: String) { organizations(search: $s, first: 100) { nodes { id name } } }',
            { s: text },
            { token },
          )
        ).data!.organizations.nodes.map((o) => o.id);
      expect(await search(`river ${tag}`)).toEqual([haw.id]);
      expect(await search('37001')).toContain(haw.id);
      expect(await search('nc')).toContain(haw.id);
      // LIKE wildcards are plain text.
      expect(await search('%')).not.toContain(haw.id);
      const other = await createUser(t, { roles: [Role.APPLICANT], organizationId: (await createOrganization(t)).id });
      expect(await search(`river ${tag}`, other.token)).toEqual([]);
    });

    it('pages through every organization for an officer, in name order, without repeats', async () => {
      for (let i = 0; i < 5; i++) await createOrganization(t);
      const total = (await t.dataSource.query('SELECT count(*)::int AS n FROM organizations'))[0].n as number;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: {
          data: {
            organizations: {
              totalCount: number;
              nodes: Array<{ id: string; name: string }>;
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          } | null;
        } = await gql(t, ORGS, { first: 2, after }, { token: officer });
        const page = res.data!.organizations;
        expect(page.totalCount).toBe(total);
        seen.push(...page.nodes.map((n) => n.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect([...seen].sort()).toEqual(seen);
    });

    it('bounds page sizes and rejects forged cursors', async () => {
      expect(errorOf(await gql(t, ORGS, { first: 101 }, { token: officer }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      expect(errorOf(await gql(t, ORGS, { first: 0 }, { token: officer }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      expect(
        errorOf(await gql(t, ORGS, { first: 5, after: "x'; DROP TABLE users; --" }, { token: officer })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('createUser', () => {
    it('lets an officer create any user, with a lower-cased email', async () => {
      const org = await createOrganization(t);
      const res = await gql(
        t,
        CREATE_USER,
        { input: newUser({ email: 'Casey.Reviewer@Example.org', roles: ['REVIEWER'] }) },
        { token: officer },
      );
      expect(res.data?.createUser).toMatchObject({
        email: 'casey.reviewer@example.org',
        roles: ['REVIEWER'],
        memberships: [],
      });
      const applicant = await gql(
        t,
        CREATE_USER,
        { input: newUser({ organizationId: org.id, organizationRole: 'OWNER' }) },
        { token: officer },
      );
      expect(applicant.data?.createUser).toMatchObject({
        memberships: [{ role: 'OWNER', organization: { id: org.id } }],
      });
    });

    it('answers BAD_USER_INPUT naming the field for a malformed email, short password, duplicate email or missing organization', async () => {
      expect(
        errorOf(
          await gql(
            t,
            CREATE_USER,
            { input: newUser({ email: 'not-an-email', roles: ['REVIEWER'] }) },
            { token: officer },
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
      expect(
        errorOf(
          await gql(
            t,
            CREATE_USER,
            { input: newUser({ password: 'elevenchars', roles: ['REVIEWER'] }) },
            { token: officer },
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
      expect(errorOf(await gql(t, CREATE_USER, { input: newUser({ roles: [] }) }, { token: officer }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.roles',
      });
      expect(errorOf(await gql(t, CREATE_USER, { input: newUser() }, { token: officer }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.organizationId',
      });
      const existing = await createUser(t, { roles: [Role.REVIEWER] });
      expect(
        errorOf(
          await gql(
            t,
            CREATE_USER,
            { input: newUser({ email: existing.email.toUpperCase(), roles: ['REVIEWER'] }) },
            { token: officer },
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    });

    it('refuses an organization owner: owners add people by invitation, which does not reveal existing accounts', async () => {
      const own = await createOrganization(t);
      const owner = await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: own.id,
        organizationRole: MembershipRole.OWNER,
      });
      // createUser's "already exists" answer would tell an owner which addresses have accounts.
      const existing = await createUser(t, { roles: [Role.REVIEWER] });
      for (const email of [existing.email, `new-${Date.now()}@example.org`]) {
        expect(
          errorOf(
            await gql(t, CREATE_USER, { input: newUser({ email, organizationId: own.id }) }, { token: owner.token }),
          ).code,
        ).toBe('FORBIDDEN');
      }
    });

    it('refuses contributors, reviewers and auditors', async () => {
      const org = await createOrganization(t);
      const contributor = await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        organizationRole: MembershipRole.CONTRIBUTOR,
      });
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      const auditor = await createUser(t, { roles: [Role.AUDITOR] });
      expect(
        errorOf(await gql(t, CREATE_USER, { input: newUser({ organizationId: org.id }) }, { token: contributor.token }))
          .code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(await gql(t, CREATE_USER, { input: newUser({ organizationId: org.id }) }, { token: reviewer.token }))
          .code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(await gql(t, CREATE_USER, { input: newUser({ organizationId: org.id }) }, { token: auditor.token }))
          .code,
      ).toBe('FORBIDDEN');
      const count = (
        await t.dataSource.query('SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1', [org.id])
      )[0].n;
      expect(count).toBe(1);
    });
  });
});
