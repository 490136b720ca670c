import type { Logger } from '@nestjs/common';
import { loadConfig } from '@abate/api/core';
import { createAttachmentStorage } from './attachment-storage.factory';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

const URL = 'postgres://postgres@127.0.0.1:5432/abate';

/** Builds the storage for an environment and keeps what it logged. */
function build(env: Record<string, string>) {
  const lines: unknown[][] = [];
  const logger = { log: (...args: unknown[]) => lines.push(args) } as unknown as Logger;
  const storage = createAttachmentStorage(loadConfig({ DATABASE_URL: URL, ...env }), logger);
  return { storage, lines, logged: JSON.stringify(lines) };
}

describe('createAttachmentStorage', () => {
  it('keeps files on local disk without S3_BUCKET, and says so', () => {
    const { storage, lines } = build({ STORAGE_DIR: '/srv/abate/uploads' });
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect(lines).toEqual([
      [
        { storage: 'local-disk', directory: '/srv/abate/uploads' },
        'Attachments are stored on local disk in /srv/abate/uploads',
      ],
    ]);
  });

  it('uses S3 with S3_BUCKET, and logs where without the keys', () => {
    const { storage, lines, logged } = build({
      S3_BUCKET: 'abate-files',
      S3_ENDPOINT: 'https://minio:hunter2@minio.internal:9000/',
      S3_PREFIX: 'prod/attachments/',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'AKIAEXAMPLEKEYID',
      S3_SECRET_ACCESS_KEY: 'secret-access-key-value',
    });
    expect(storage).toBeInstanceOf(S3Storage);
    expect(storage).toMatchObject({ bucket: 'abate-files', prefix: 'prod/attachments' });
    expect(lines).toEqual([
      [
        {
          storage: 's3',
          bucket: 'abate-files',
          prefix: 'prod/attachments',
          region: 'us-east-1',
          endpoint: 'https://minio.internal:9000',
          forcePathStyle: true,
          credentials: 'S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY',
        },
        'Attachments are stored in S3 bucket abate-files/prod/attachments at https://minio.internal:9000',
      ],
    ]);
    expect(logged).not.toMatch(/secret-access-key-value|AKIAEXAMPLEKEYID|hunter2/);
    (storage as S3Storage).onModuleDestroy();
  });

  it('says when the SDK’s default credential chain applies', () => {
    const { storage, lines } = build({ S3_BUCKET: 'abate-files' });
    expect(lines[0]?.[0]).toMatchObject({ storage: 's3', credentials: 'AWS SDK default chain', endpoint: undefined });
    expect(lines[0]?.[1]).toBe('Attachments are stored in S3 bucket abate-files');
    (storage as S3Storage).onModuleDestroy();
  });
});
