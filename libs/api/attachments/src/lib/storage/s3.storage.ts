import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { AttachmentStorage, StoredFileMissingError } from './attachment-storage';
import { assertStorageKey } from './storage-key';

export interface S3StorageOptions {
  bucket: string;
  /** Folder-like prefix for the object keys (`<prefix>/<key>`); slashes around it are ignored. */
  prefix?: string;
  region: string;
  /** For S3-compatible services (MinIO, R2…); unset for AWS S3 itself. */
  endpoint?: string;
  /** `http://endpoint/bucket/key` rather than `http://bucket.endpoint/key` (MinIO and most self-hosted stores). */
  forcePathStyle?: boolean;
  /** Static keys; when unset the SDK's default chain applies (environment, shared files, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * Files as objects in an S3 bucket (AWS S3 or an S3-compatible store), so any
 * number of API replicas share them. A PutObject is all or nothing, so a reader
 * never sees a half-written file; S3 checks the bytes against the SHA-256 sent with them.
 */
export class S3Storage extends AttachmentStorage {
  readonly bucket: string;
  readonly prefix: string;
  private readonly client: S3Client;

  constructor(options: S3StorageOptions) {
    super();
    this.bucket = options.bucket;
    this.prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '');
    const config: S3ClientConfig = {
      region: options.region,
      forcePathStyle: options.forcePathStyle ?? false,
      // Fail fast when the endpoint is unreachable, rather than hanging an upload.
      requestHandler: { connectionTimeout: 10_000 },
    };
    if (options.endpoint) config.endpoint = options.endpoint;
    if (options.credentials) config.credentials = options.credentials;
    this.client = new S3Client(config);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: 'application/octet-stream',
        // Computed here, verified by the server: a corrupted upload is refused, not stored.
        ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      if (Body === undefined) return Readable.from([]);
      // On Node the SDK hands over the HTTP response itself, a Readable.
      if (Body instanceof Readable) return Body;
      throw new Error('The S3 client returned a body that is not a Node stream');
    } catch (error) {
      if (isNoSuchKey(error)) throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      // S3 answers 204 whether or not there was an object; some compatible stores say NoSuchKey.
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (!isNoSuchKey(error)) throw error;
    }
  }

  /** The object key for a storage key: only our own uuid keys, under the prefix. */
  objectKey(key: string): string {
    assertStorageKey(key);
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  /** Closes the client's connections (Nest calls this when the app shuts down). */
  onModuleDestroy(): void {
    this.client.destroy();
  }
}

function isNoSuchKey(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'NoSuchKey';
}
