import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { Response as SuperagentResponse } from 'superagent';
import { Role } from '@abate/api/core';
import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { MembershipRole } from '@abate/api/organizations';
import { createOrganization, createUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { createApplication } from '../testing';
import { samplePdf, uploadAttachment } from '@abate/testing/attachments';
import {
  AttachmentEntity,
  AttachmentsModule,
  AttachmentStorage,
  S3Storage,
  StoredFileMissingError,
} from '@abate/api/attachments';
import { ApplicationsModule } from './applications.module';

const BUCKET = 'abate-test';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

const readAll = async (stream: Readable): Promise<Buffer> => Buffer.concat(await stream.toArray());

/** Supertest parser that keeps any response body as bytes. */
const binary = (res: SuperagentResponse, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('S3 attachment storage (against s3rver)', () => {
  let server: S3rver;
  let directory: string;
  let endpoint: string;
  // Looks into the bucket independently of the adapter under test.
  let bucket: S3Client;

  /** The object's size, or null when the bucket has nothing under the key. */
  const objectSize = async (key: string): Promise<number | null> => {
    try {
      return (await bucket.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).ContentLength ?? null;
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound') return null;
      throw error;
    }
  };
  const objectBytes = async (key: string) =>
    readAll((await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body as Readable);
  const storage = (options: { prefix?: string; bucket?: string; accessKeyId?: string } = {}) =>
    new S3Storage({
      bucket: options.bucket ?? BUCKET,
      prefix: options.prefix,
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { ...CREDENTIALS, accessKeyId: options.accessKeyId ?? CREDENTIALS.accessKeyId },
    });

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'abate-s3rver-'));
    server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory,
      configureBuckets: [{ name: BUCKET }],
    });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    bucket = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS });
  });
  afterAll(async () => {
    bucket?.destroy();
    await server?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  describe('S3Storage', () => {
    let s3: S3Storage;
    beforeAll(() => (s3 = storage({ prefix: '/abate/attachments/' })));
    afterAll(() => s3.onModuleDestroy());

    it('puts, gets and deletes bytes under <prefix>/<key>', async () => {
      const key = randomUUID();
      const bytes = randomBytes(300 * 1024);
      expect(s3.objectKey(key)).toBe(`abate/attachments/${key}`);

      await s3.put(key, bytes);
      expect(await objectSize(`abate/attachments/${key}`)).toBe(bytes.length);
      expect((await objectBytes(`abate/attachments/${key}`)).equals(bytes)).toBe(true);
      expect((await readAll(await s3.get(key))).equals(bytes)).toBe(true);

      await s3.delete(key);
      expect(await objectSize(`abate/attachments/${key}`)).toBeNull();
      await expect(s3.get(key)).rejects.toThrow(StoredFileMissingError);
    });

    it('uses the bare key without a prefix', async () => {
      const bare = storage();
      try {
        const key = randomUUID();
        expect(bare.objectKey(key)).toBe(key);
        await bare.put(key, Buffer.from('%PDF-1.4 bare'));
        expect(await objectSize(key)).toBe(13);
        await bare.delete(key);
        expect(await objectSize(key)).toBeNull();
      } finally {
        bare.onModuleDestroy();
      }
    });

    it('treats a missing object as LocalDiskStorage treats a missing file', async () => {
      const key = randomUUID();
      const missing = s3.get(key);
      await expect(missing).rejects.toThrow(StoredFileMissingError);
      await expect(missing).rejects.toMatchObject({ key, message: `No stored file for key ${key}` });
      // Deleting nothing is not an error.
      await expect(s3.delete(key)).resolves.toBeUndefined();
    });

    it('refuses anything but a server-made key, before any request', async () => {
      await expect(s3.put('../other/object', Buffer.from('x'))).rejects.toThrow('Not a storage key: "../other/object"');
      await expect(s3.get('budget.pdf')).rejects.toThrow(/Not a storage key/);
      await expect(s3.delete('')).rejects.toThrow(/Not a storage key/);
    });

    it('reports a wrong bucket or an unknown access key as errors, not as a missing file', async () => {
      const noBucket = storage({ bucket: 'no-such-bucket' });
      // s3rver checks the access key id, not v4 signatures.
      const unknownKey = storage({ accessKeyId: 'NOBODY' });
      try {
        const key = randomUUID();
        const wrongBucket = noBucket.get(key);
        await expect(wrongBucket).rejects.toMatchObject({ name: 'NoSuchBucket' });
        await expect(wrongBucket).rejects.not.toBeInstanceOf(StoredFileMissingError);
        await expect(unknownKey.put(key, Buffer.from('x'))).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
        await expect(unknownKey.get(key)).rejects.not.toBeInstanceOf(StoredFileMissingError);
        expect(await objectSize(`abate/attachments/${key}`)).toBeNull();
      } finally {
        noBucket.onModuleDestroy();
        unknownKey.onModuleDestroy();
      }
    });
  });

  describe('the attachments API with S3_BUCKET set', () => {
    let t: TestApp;
    let token: string;
    let draft: string;
    const PREFIX = 'uploads';

    beforeAll(async () => {
      t = await createTestApp({
        imports: [ApplicationsModule, AttachmentsModule],
        env: {
          S3_BUCKET: BUCKET,
          S3_ENDPOINT: endpoint,
          S3_FORCE_PATH_STYLE: 'true',
          S3_ACCESS_KEY_ID: 'S3RVER',
          S3_SECRET_ACCESS_KEY: 'S3RVER',
          S3_PREFIX: PREFIX,
        },
      });
      const round = await createRound(t);
      const org = await createOrganization(t);
      const applicant = await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        organizationRole: MembershipRole.OWNER,
      });
      token = applicant.token;
      draft = (await createApplication(t, { roundId: round.id, user: applicant.user, organizationId: org.id })).id;
    });
    afterAll(async () => {
      await t?.close();
    });

    const download = (id: string) =>
      t.http().get(`/api/attachments/${id}`).set('authorization', `Bearer ${token}`).buffer(true).parse(binary);

    it('stores in the bucket, not on disk', () => {
      const storage = t.app.get(AttachmentStorage);
      expect(storage).toBeInstanceOf(S3Storage);
      expect(storage).toMatchObject({ bucket: BUCKET, prefix: PREFIX });
    });

    it('uploads a PDF into the bucket, downloads it byte for byte, and deletes it from the bucket', async () => {
      const pdf = samplePdf('Budget kept in S3');
      const uploaded = await uploadAttachment(t, { applicationId: draft, fileName: 'budget.pdf', bytes: pdf, token });
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({
        fileName: 'budget.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
      });
      const { storageKey } = await t.dataSource
        .getRepository(AttachmentEntity)
        .findOneByOrFail({ id: uploaded.body.id });
      const objectKey = `${PREFIX}/${storageKey}`;

      expect(await objectSize(objectKey)).toBe(pdf.length);
      expect((await objectBytes(objectKey)).equals(pdf)).toBe(true);
      // Nothing went to the local folder the test app would otherwise use.
      expect(existsSync(t.config.STORAGE_DIR)).toBe(false);

      const file = await download(uploaded.body.id);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-length']).toBe(String(pdf.length));
      expect(Buffer.isBuffer(file.body) && file.body.equals(pdf)).toBe(true);

      const deleted = await gql<{ deleteAttachment: boolean }>(
        t,
        'mutation($id: ID!) { deleteAttachment(id: $id) }',
        { id: uploaded.body.id },
        { token },
      );
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data?.deleteAttachment).toBe(true);
      expect(await objectSize(objectKey)).toBeNull();
      expect((await download(uploaded.body.id)).status).toBe(404);
    });

    it('answers 404 when the row outlived its object', async () => {
      const uploaded = await uploadAttachment(t, {
        applicationId: draft,
        fileName: 'lost.pdf',
        bytes: samplePdf('Lost'),
        token,
      });
      expect(uploaded.status).toBe(201);
      const { storageKey } = await t.dataSource
        .getRepository(AttachmentEntity)
        .findOneByOrFail({ id: uploaded.body.id });
      // Gone from the bucket behind the API's back.
      await t.app.get(AttachmentStorage).delete(storageKey);
      expect(await objectSize(`${PREFIX}/${storageKey}`)).toBeNull();

      const file = await download(uploaded.body.id);
      expect(file.status).toBe(404);
      expect(JSON.parse(file.body.toString()).error).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });
  });
});
