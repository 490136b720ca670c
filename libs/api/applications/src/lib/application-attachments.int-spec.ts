import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response as SuperagentResponse } from 'superagent';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEventEntity, ForbiddenException, InvalidStateException, NotFoundException, Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createOrganization, createUser, TEST_PASSWORD, TestUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { completeAnswers, createApplication } from '../testing';
import { MembershipRole } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import type { FundingRoundEntity } from '@abate/api/rounds';
import {
  sampleDocx,
  sampleExe,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleXlsx,
  uploadAttachment,
  zipStored,
} from '@abate/testing/attachments';
import {
  AttachmentEntity,
  AttachmentOwners,
  AttachmentsModule,
  AttachmentsService,
  MAX_ATTACHMENT_BYTES,
  type AttachmentOwner,
} from '@abate/api/attachments';
import { ApplicationsModule } from './applications.module';

const LIST =
  'query($id: ID!) { application(id: $id) { id attachments { id fileName contentType sizeBytes uploadedAt downloadUrl } } }';
const LIST_ALL = 'query { applications(first: 50) { nodes { id attachments { id fileName } } } }';
const DELETE = 'mutation($id: ID!) { deleteAttachment(id: $id) }';
const SUBMIT = 'mutation($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { trackingId } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }';

interface AttachmentJson {
  id: string;
  applicationId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  downloadUrl: string;
}
interface Listed {
  application: { id: string; attachments: Array<Omit<AttachmentJson, 'applicationId' | 'sha256'>> };
}

/** Supertest parser that keeps any response body as bytes. */
const binary = (res: SuperagentResponse, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('attachments', () => {
  let t: TestApp;
  let storageDir: string;
  let round: FundingRoundEntity;
  let officer: TestUser;
  // Applicants of two organizations, A and B; `draft` belongs to A.
  let a: TestUser;
  let b: TestUser;
  let orgA: string;
  let draft: string;

  const member = async () => {
    const org = await createOrganization(t);
    return {
      org: org.id,
      user: await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        organizationRole: MembershipRole.OWNER,
      }),
    };
  };
  const newDraft = async (user: UserEntity = a.user, organizationId = orgA) =>
    (await createApplication(t, { roundId: round.id, user, organizationId })).id;
  const upload = (fileName: string, bytes: Buffer, options: { applicationId?: string; token?: string | null } = {}) =>
    uploadAttachment(t, {
      applicationId: options.applicationId ?? draft,
      fileName,
      bytes,
      token: options.token === null ? undefined : (options.token ?? a.token),
    });
  const download = (id: string, token?: string) => {
    const req = t.http().get(`/api/attachments/${id}`).buffer(true).parse(binary);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const storedFiles = () =>
    existsSync(storageDir)
      ? readdirSync(storageDir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name)
      : [];
  const rowCount = () => t.dataSource.getRepository(AttachmentEntity).count();

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'abate-attachments-'));
    t = await createTestApp({ imports: [ApplicationsModule, AttachmentsModule], env: { STORAGE_DIR: storageDir } });
    round = await createRound(t);
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    ({ org: orgA, user: a } = await member());
    ({ user: b } = await member());
    draft = await newDraft();
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('has an entity that matches the migration (no schema drift)', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  describe('upload', () => {
    it.each([
      ['budget.pdf', 'application/pdf', samplePdf],
      ['site photo.png', 'image/png', samplePng],
      ['team.jpg', 'image/jpeg', sampleJpeg],
      ['letter of support.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sampleDocx],
      ['budget detail.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sampleXlsx],
    ])('keeps %s as %s, detected from its content', async (fileName, contentType, make) => {
      const bytes = make();
      const res = await upload(fileName, bytes);
      expect(res.status).toBe(201);
      const body = res.body as AttachmentJson;
      expect(body).toMatchObject({
        ownerType: 'APPLICATION',
        ownerId: draft,
        applicationId: draft,
        fileName,
        contentType,
        sizeBytes: bytes.length,
        downloadUrl: `/api/attachments/${body.id}`,
      });
      expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
      const row = await t.dataSource.getRepository(AttachmentEntity).findOneByOrFail({ id: body.id });
      expect(row).toMatchObject({ uploadedBy: a.user.id, sizeBytes: bytes.length });
      // Stored under a server-made key, never the uploader's name.
      expect(row.storageKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(storedFiles()).toContain(row.storageKey);
      expect(storedFiles().some((name) => name.includes(fileName))).toBe(false);
    });

    it('goes by content, not name: a PNG called .pdf is a PNG', async () => {
      const res = await upload('scan.pdf', samplePng());
      expect(res.status).toBe(201);
      expect(res.body.contentType).toBe('image/png');
    });

    it('names by content too: a PDF called .html is kept (and offered for download) as .html.pdf', async () => {
      const res = await upload('invoice.html', samplePdf());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ contentType: 'application/pdf', fileName: 'invoice.html.pdf' });
      const download = await t.http().get(res.body.downloadUrl).set('authorization', `Bearer ${a.token}`);
      expect(String(download.headers['content-disposition'])).toContain('filename="invoice.html.pdf"');
      expect((await upload('scan.pdf', samplePng())).body.fileName).toBe('scan.pdf.png');
    });

    it('records an attachment.upload audit event', async () => {
      const { body } = await upload('audited.pdf', samplePdf());
      const event = await t.dataSource
        .getRepository(AuditEventEntity)
        .findOneByOrFail({ entityType: 'Attachment', entityId: body.id });
      expect(event).toMatchObject({ action: 'attachment.upload', actorId: a.user.id, actorEmail: a.email });
      expect(event.after).toMatchObject({
        ownerType: 'APPLICATION',
        ownerId: draft,
        fileName: 'audited.pdf',
        contentType: 'application/pdf',
        sha256: body.sha256,
      });
    });

    it.each([
      ['report.pdf', 'report.pdf is not a PDF, Word, Excel, PNG or JPEG file', sampleExe],
      ['report.exe', 'report.exe is not a PDF, Word, Excel, PNG or JPEG file', sampleExe],
      ['notes.txt', 'notes.txt is not a PDF, Word, Excel, PNG or JPEG file', () => Buffer.from('just some text')],
      [
        'bundle.docx',
        'bundle.docx is a ZIP archive, not a PDF, Word, Excel, PNG or JPEG file',
        () => zipStored([['readme.txt', 'hello']]),
      ],
      [
        'macros.docx',
        /^macros\.docx contains macros/,
        () =>
          zipStored([
            ['[Content_Types].xml', '<Types/>'],
            ['word/document.xml', '<w:document/>'],
            ['word/vbaProject.bin', 'x'],
          ]),
      ],
      [
        'old.doc',
        /^old\.doc is in an older Word or Excel format/,
        () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
      ],
    ])('refuses %s with 415: %s', async (fileName, message, make) => {
      const bytes = make();
      const before = storedFiles().length;
      const res = await upload(fileName, bytes);
      expect(res.status).toBe(415);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(res.body.error.message).toMatch(message);
      expect(storedFiles()).toHaveLength(before);
    });

    it('refuses an empty file', async () => {
      const res = await upload('blank.pdf', Buffer.alloc(0));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'file',
        message: 'blank.pdf is empty (0 bytes); choose the file again, or another file with content',
      });
    });

    it('accepts exactly 10 MB and refuses one byte more with 413, keeping nothing', async () => {
      const exactly = Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x20);
      exactly.write('%PDF-1.7\n', 'latin1');
      expect((await upload('big.pdf', exactly)).status).toBe(201);

      const rows = await rowCount();
      const files = storedFiles().length;
      const res = await upload('huge.pdf', Buffer.concat([exactly, Buffer.from(' ')]));
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(res.body.error.message).toBe(
        'huge.pdf is larger than 10 MB, the limit for each file; make it smaller or split it, and upload it again',
      );
      expect(await rowCount()).toBe(rows);
      expect(storedFiles()).toHaveLength(files);
    });

    it('cuts off a streamed upload without Content-Length as soon as it passes 10 MB', async () => {
      // Its own server on the app's request handler, so nothing supertest does interferes.
      const server = createServer(t.app.getHttpAdapter().getInstance());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      chunk.write('%PDF-1.7\n', 'latin1');
      let sent = 0;
      let closed!: Promise<void>;
      const result = await new Promise<{ status: number; body: string; sentWhenAnswered: number }>(
        (resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: `/api/applications/${draft}/attachments`,
              headers: {
                authorization: `Bearer ${a.token}`,
                'content-type': 'application/octet-stream',
                'x-file-name': 'endless.pdf',
                'transfer-encoding': 'chunked',
              },
            },
            (res) => {
              const sentWhenAnswered = sent;
              let body = '';
              res.setEncoding('utf8');
              res.on('data', (d: string) => (body += d));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered }));
            },
          );
          closed = new Promise<void>((resolve) => req.once('close', () => resolve()));
          // A client that would go on for 100 MB; the server answers and hangs up long before.
          req.on('error', (error: NodeJS.ErrnoException) =>
            ['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error),
          );
          const pump = () => {
            while (sent < 100 * 1024 * 1024 && !req.destroyed) {
              sent += chunk.length;
              if (!req.write(chunk)) return void req.once('drain', pump);
            }
            req.end();
          };
          pump();
        },
      );
      await closed;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      expect(result.status).toBe(413);
      expect(JSON.parse(result.body).error.message).toMatch(/^endless\.pdf is larger than 10 MB/);
      expect(result.sentWhenAnswered).toBeLessThan(30 * 1024 * 1024);
      // Cut off: the client never got to send its 100 MB.
      expect(sent).toBeLessThan(50 * 1024 * 1024);
    });

    it('keeps the name as shown, without folders or control characters, and offers it safely on download', async () => {
      const res = await upload('../../etc/Presupuesto año 2026 "final"\u202Efdp.exe', samplePdf());
      expect(res.status).toBe(201);
      expect(res.body.fileName).toBe('Presupuesto año 2026 "final"fdp.exe.pdf'); // the content (a PDF) decides the extension
      const file = await download(res.body.id, a.token);
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="Presupuesto a_o 2026 _final_fdp.exe.pdf"; filename*=UTF-8''Presupuesto%20a%C3%B1o%202026%20%22final%22fdp.exe.pdf`,
      );
    });

    it('needs the file name, the raw body content type and a valid id', async () => {
      const noName = await t
        .http()
        .post(`/api/applications/${draft}/attachments`)
        .set('authorization', `Bearer ${a.token}`)
        .set('content-type', 'application/octet-stream')
        .send(samplePdf());
      expect(noName.status).toBe(400);
      expect(noName.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-File-Name' });

      const badEncoding = await t
        .http()
        .post(`/api/applications/${draft}/attachments`)
        .set('authorization', `Bearer ${a.token}`)
        .set('content-type', 'application/octet-stream')
        .set('x-file-name', '%E0%A4%A.pdf')
        .send(samplePdf());
      expect(badEncoding.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-File-Name' });

      const json = await t
        .http()
        .post(`/api/applications/${draft}/attachments`)
        .set('authorization', `Bearer ${a.token}`)
        .set('x-file-name', 'a.pdf')
        .send({ file: 'x' });
      expect(json.status).toBe(415);
      expect(json.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Content-Type' });

      const badId = await uploadAttachment(t, {
        applicationId: 'not-a-uuid',
        fileName: 'a.pdf',
        bytes: samplePdf(),
        token: a.token,
      });
      expect(badId.status).toBe(400);
      expect(badId.body.error).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'id is not a valid id',
        field: 'id',
        requestId: badId.headers['x-request-id'],
      });

      const missing = await uploadAttachment(t, {
        applicationId: '3f0c1c8e-7a2b-4c1d-9e8f-0a1b2c3d4e5f',
        fileName: 'a.pdf',
        bytes: samplePdf(),
        token: a.token,
      });
      expect(missing.status).toBe(404);
      expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('is for members of the application’s organization only', async () => {
      const other = await upload('intruder.pdf', samplePdf(), { token: b.token });
      expect(other.status).toBe(403);
      expect(other.body.error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'This application belongs to another organization',
      });

      const byOfficer = await upload('officer.pdf', samplePdf(), { token: officer.token });
      expect(byOfficer.status).toBe(403);

      const anonymous = await upload('anonymous.pdf', samplePdf(), { token: null });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sign in to continue' });
      expect(JSON.stringify(anonymous.body)).not.toMatch(/\bat .*\.[jt]s:\d+/);
    });
  });

  describe('listing', () => {
    it('lists an application’s attachments, oldest first, for members and officers', async () => {
      const d = await member();
      const colleague = await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: d.org,
        organizationRole: MembershipRole.CONTRIBUTOR,
      });
      const app = await newDraft(d.user.user, d.org);
      const first = (await upload('one.pdf', samplePdf(), { applicationId: app, token: colleague.token }))
        .body as AttachmentJson;
      const second = (await upload('two.png', samplePng(), { applicationId: app, token: d.user.token }))
        .body as AttachmentJson;
      for (const token of [d.user.token, colleague.token, officer.token]) {
        const res = await gql<Listed>(t, LIST, { id: app }, { token });
        expect(res.data?.application.attachments).toEqual([
          {
            id: first.id,
            fileName: 'one.pdf',
            contentType: 'application/pdf',
            sizeBytes: first.sizeBytes,
            uploadedAt: first.uploadedAt,
            downloadUrl: first.downloadUrl,
          },
          {
            id: second.id,
            fileName: 'two.png',
            contentType: 'image/png',
            sizeBytes: second.sizeBytes,
            uploadedAt: second.uploadedAt,
            downloadUrl: second.downloadUrl,
          },
        ]);
      }
      expect(errorOf(await gql(t, LIST, { id: app }, { token: b.token })).code).toBe('FORBIDDEN');
    });

    it('loads the attachments of a whole page of applications in one query', async () => {
      const service = t.get(AttachmentsService);
      const spy = jest.spyOn(service, 'byOwnerIds');
      try {
        const res = await gql<{ applications: { nodes: Array<{ id: string; attachments: unknown[] }> } }>(
          t,
          LIST_ALL,
          {},
          { token: officer.token },
        );
        expect(res.data?.applications.nodes.length).toBeGreaterThan(1);
        expect(res.data?.applications.nodes.find((n) => n.id === draft)?.attachments.length).toBeGreaterThan(0);
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('download', () => {
    let pdf: AttachmentJson;
    beforeAll(async () => {
      pdf = (await upload('Budget justification.pdf', samplePdf('Budget'))).body;
    });

    it('sends the bytes as a download with the detected type to a member and to the officer', async () => {
      for (const token of [a.token, officer.token]) {
        const res = await download(pdf.id, token);
        expect(res.status).toBe(200);
        expect(res.body).toEqual(samplePdf('Budget'));
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-disposition']).toBe(
          `attachment; filename="Budget justification.pdf"; filename*=UTF-8''Budget%20justification.pdf`,
        );
        expect(res.headers['cache-control']).toBe('private, no-store');
      }
    });

    it('works with the session cookie the web app uses', async () => {
      const signIn = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: SIGN_IN, variables: { e: a.email, p: TEST_PASSWORD } });
      const cookie = ([] as string[])
        .concat(signIn.headers['set-cookie'] ?? [])
        .map((c) => c.split(';')[0])
        .join('; ');
      const res = await t.http().get(`/api/attachments/${pdf.id}`).set('cookie', cookie).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(samplePdf('Budget'));
    });

    it('refuses other organizations, anonymous callers, malformed and unknown ids', async () => {
      const other = await download(pdf.id, b.token);
      expect(other.status).toBe(403);
      expect(JSON.parse(other.body.toString()).error.code).toBe('FORBIDDEN');

      const anonymous = await download(pdf.id);
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.body.toString()).error.code).toBe('UNAUTHENTICATED');

      const malformed = await download('1; DROP TABLE attachments', a.token);
      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.body.toString()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

      const unknown = await download('3f0c1c8e-7a2b-4c1d-9e8f-0a1b2c3d4e5f', a.token);
      expect(unknown.status).toBe(404);
    });
  });

  describe('deleteAttachment', () => {
    it('removes the row and the stored file while the application is a draft, with an audit event', async () => {
      const { body } = await upload('mistake.pdf', samplePdf());
      const { storageKey } = await t.dataSource.getRepository(AttachmentEntity).findOneByOrFail({ id: body.id });
      expect(storedFiles()).toContain(storageKey);

      const res = await gql<{ deleteAttachment: boolean }>(t, DELETE, { id: body.id }, { token: a.token });
      expect(res.data?.deleteAttachment).toBe(true);
      expect(await t.dataSource.getRepository(AttachmentEntity).findOneBy({ id: body.id })).toBeNull();
      expect(storedFiles()).not.toContain(storageKey);
      const event = await t.dataSource
        .getRepository(AuditEventEntity)
        .findOneByOrFail({ entityType: 'Attachment', entityId: body.id, action: 'attachment.delete' });
      expect(event).toMatchObject({
        actorId: a.user.id,
        before: { ownerType: 'APPLICATION', ownerId: draft, fileName: 'mistake.pdf' },
      });

      expect((await download(body.id, a.token)).status).toBe(404);
      expect(errorOf(await gql(t, DELETE, { id: body.id }, { token: a.token }))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
    });

    it('is refused to other organizations, officers and anonymous callers', async () => {
      const { body } = await upload('keep.pdf', samplePdf());
      expect(errorOf(await gql(t, DELETE, { id: body.id }, { token: b.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, DELETE, { id: body.id }, { token: officer.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, DELETE, { id: body.id })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await gql(t, DELETE, { id: 'nope' }, { token: a.token }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      expect(await t.dataSource.getRepository(AttachmentEntity).findOneBy({ id: body.id })).not.toBeNull();
    });

    it('is refused once the application is submitted, as are new uploads; reading goes on', async () => {
      const c = await member();
      const app = await createApplication(t, {
        roundId: round.id,
        user: c.user.user,
        organizationId: c.org,
        answers: completeAnswers(),
      });
      const { body } = await upload('final.pdf', samplePdf(), { applicationId: app.id, token: c.user.token });
      const submitted = await gql<{ submitApplication: { trackingId: string } }>(
        t,
        SUBMIT,
        { id: app.id, version: app.version },
        { token: c.user.token },
      );
      expect(submitted.data?.submitApplication.trackingId).toMatch(/^ABT-/);

      expect(errorOf(await gql(t, DELETE, { id: body.id }, { token: c.user.token }))).toMatchObject({
        code: 'INVALID_STATE',
        message: 'A submitted application is read-only',
      });
      const late = await upload('late.pdf', samplePdf(), { applicationId: app.id, token: c.user.token });
      expect(late.status).toBe(409);
      expect(late.body.error).toMatchObject({ code: 'INVALID_STATE' });
      expect((await download(body.id, c.user.token)).status).toBe(200);
      expect(
        (await gql<Listed>(t, LIST, { id: app.id }, { token: officer.token })).data?.application.attachments.map(
          (x) => x.fileName,
        ),
      ).toEqual(['final.pdf']);
    });
  });

  describe('files of another kind of record', () => {
    // A record of some other domain (a payment request, say): its own rules, registered at run time.
    const records = new Map<string, { writers: Set<string>; readers: Set<string>; open: boolean }>();
    const paymentRequests: AttachmentOwner = {
      type: 'TEST_PAYMENT_REQUEST',
      path: 'test-payment-requests',
      async assertCanChange(actor, id) {
        const record = records.get(id);
        if (!record) throw new NotFoundException('Payment request', 'id');
        if (!record.writers.has(actor.id)) throw new ForbiddenException('Not yours');
        if (!record.open) throw new InvalidStateException('This payment request is closed');
      },
      async assertCanRead(actor, id) {
        const record = records.get(id);
        if (!record) throw new NotFoundException('Payment request', 'id');
        if (!record.readers.has(actor.id) && !record.writers.has(actor.id)) throw new ForbiddenException('Not yours');
      },
      async lockForChange(_manager, id) {
        if (!records.get(id)?.open) throw new InvalidStateException('This payment request is closed');
      },
    };
    const requestId = '5b0c1c8e-7a2b-4c1d-9e8f-0a1b2c3d4e5f';
    const uploadTo = (path: string, id: string, token: string) =>
      t
        .http()
        .post(`/api/${path}/${id}/attachments`)
        .set('content-type', 'application/octet-stream')
        .set('x-file-name', 'invoice.pdf')
        .set('authorization', `Bearer ${token}`)
        .send(samplePdf('Invoice'));

    beforeAll(() => {
      t.get(AttachmentOwners).register(paymentRequests);
      records.set(requestId, { writers: new Set([b.user.id]), readers: new Set([officer.user.id]), open: true });
    });

    it('uploads, reads and deletes under the rules of its owner, apart from applications', async () => {
      const res = await uploadTo('test-payment-requests', requestId, b.token);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ownerType: 'TEST_PAYMENT_REQUEST',
        ownerId: requestId,
        fileName: 'invoice.pdf',
        contentType: 'application/pdf',
      });
      expect(res.body.applicationId).toBeUndefined();
      const event = await t.dataSource
        .getRepository(AuditEventEntity)
        .findOneByOrFail({ entityType: 'Attachment', entityId: res.body.id });
      expect(event.after).toMatchObject({ ownerType: 'TEST_PAYMENT_REQUEST', ownerId: requestId });

      expect((await download(res.body.id, officer.token)).status).toBe(200);
      expect((await download(res.body.id, a.token)).status).toBe(403);
      expect((await uploadTo('test-payment-requests', requestId, a.token)).status).toBe(403);
      expect((await t.get(AttachmentsService).byOwnerIds('APPLICATION', [requestId])).get(requestId)).toEqual([]);
      expect(
        (await t.get(AttachmentsService).byOwnerIds('TEST_PAYMENT_REQUEST', [requestId]))
          .get(requestId)
          ?.map((x) => x.id),
      ).toEqual([res.body.id]);

      records.get(requestId)!.open = false;
      expect(errorOf(await gql(t, DELETE, { id: res.body.id }, { token: b.token }))).toMatchObject({
        code: 'INVALID_STATE',
      });
      records.get(requestId)!.open = true;
      expect(
        (await gql<{ deleteAttachment: boolean }>(t, DELETE, { id: res.body.id }, { token: b.token })).data
          ?.deleteAttachment,
      ).toBe(true);
    });

    it('answers 404 for a kind of record nobody registered, before reading the file', async () => {
      const before = await rowCount();
      const res = await uploadTo('budgets', requestId, b.token);
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND' });
      expect(await rowCount()).toBe(before);
    });

    it('refuses an owner registered twice under another name', () => {
      expect(() => t.get(AttachmentOwners).register({ ...paymentRequests, path: 'other' })).toThrow(/registered twice/);
    });
  });
});
