import { Logger } from '@nestjs/common';
import type { AppConfig } from '@abate/api/core';
import type { AttachmentStorage } from './attachment-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

/**
 * S3 when S3_BUCKET is set, else the local disk (STORAGE_DIR). Logs which one,
 * with where, but never a credential. Touches no disk and no network: folders
 * appear on the first upload, and the S3 client connects on its first request.
 */
export function createAttachmentStorage(
  config: AppConfig,
  logger = new Logger('AttachmentStorage'),
): AttachmentStorage {
  if (!config.S3_BUCKET) {
    const storage = new LocalDiskStorage(config.STORAGE_DIR);
    logger.log(
      { storage: 'local-disk', directory: storage.root },
      `Attachments are stored on local disk in ${storage.root}`,
    );
    return storage;
  }
  const credentials =
    config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
      : undefined;
  const storage = new S3Storage({
    bucket: config.S3_BUCKET,
    prefix: config.S3_PREFIX,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials,
  });
  const endpoint = config.S3_ENDPOINT ? withoutUserInfo(config.S3_ENDPOINT) : undefined;
  const where = `${storage.bucket}${storage.prefix ? `/${storage.prefix}` : ''}${endpoint ? ` at ${endpoint}` : ''}`;
  logger.log(
    {
      storage: 's3',
      bucket: storage.bucket,
      prefix: storage.prefix || undefined,
      region: config.S3_REGION,
      endpoint,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: credentials ? 'S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY' : 'AWS SDK default chain',
    },
    `Attachments are stored in S3 bucket ${where}`,
  );
  return storage;
}

/** An endpoint URL fit for a log line: any user:password@ taken out. */
function withoutUserInfo(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(unparseable S3_ENDPOINT)';
  }
}
