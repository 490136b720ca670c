import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@abate/api/core';
import { NotFoundException } from '@abate/api/core';

/**
 * A kind of record that files can belong to (an application, a quarterly report, a payment request).
 * The attachments domain owns the files; the record's own domain decides who may read and change
 * them, through this port, registered from its module (see AttachmentOwners.register). Attachments
 * therefore imports no owning domain, and any domain can own files without a change here.
 */
export interface AttachmentOwner {
  /** Stored in attachments.owner_type: `APPLICATION`, `QUARTERLY_REPORT`, `PAYMENT_REQUEST`... */
  readonly type: string;
  /** The plural path segment of the upload route: POST /api/<path>/:id/attachments. */
  readonly path: string;
  /** Throws (NOT_FOUND, FORBIDDEN, INVALID_STATE) unless the caller may add or remove this record's files now. */
  assertCanChange(actor: AuthUser, ownerId: string): Promise<void>;
  /** Throws (NOT_FOUND, FORBIDDEN) unless the caller may read this record, and so its files. */
  assertCanRead(actor: AuthUser, ownerId: string): Promise<void>;
  /**
   * Inside the transaction that adds or removes a file: locks the record (shared) so a concurrent
   * submission waits for the change, and throws once the record no longer takes changes.
   */
  lockForChange(manager: EntityManager, ownerId: string): Promise<void>;
}

export const OWNER_TYPE = /^[A-Z][A-Z_]{1,39}$/;

/** The registry of owners; each owning module registers its own at start-up (OnModuleInit). */
@Injectable()
export class AttachmentOwners {
  private readonly byType = new Map<string, AttachmentOwner>();
  private readonly byPath = new Map<string, AttachmentOwner>();

  register(owner: AttachmentOwner): void {
    if (!OWNER_TYPE.test(owner.type))
      throw new Error(`Attachment owner type ${owner.type} must be UPPER_SNAKE_CASE, at most 40 characters`);
    const existing = this.byType.get(owner.type) ?? this.byPath.get(owner.path);
    if (existing && existing !== owner)
      throw new Error(`Attachment owner ${owner.type} (/api/${owner.path}) is registered twice`);
    this.byType.set(owner.type, owner);
    this.byPath.set(owner.path, owner);
  }

  /** The owner of stored rows; a type nobody registered is a deployment error, answered as not found. */
  ofType(type: string): AttachmentOwner {
    const owner = this.byType.get(type);
    if (!owner) throw new NotFoundException('Attachment', 'id');
    return owner;
  }

  /** The owner named by an upload route's path segment, or null (the route then answers 404). */
  ofPath(path: string): AttachmentOwner | null {
    return this.byPath.get(path) ?? null;
  }

  get types(): readonly string[] {
    return [...this.byType.keys()];
  }
}
