import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InvalidStateException, NotFoundException } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { AttachmentOwners } from '@abate/api/attachments';
import type { AttachmentOwner } from '@abate/api/attachments';
import { EDITABLE_STATES, PaymentsService } from './payments.service';

/**
 * Supporting documents of one payment request line (owner type PAYMENT_LINE, owner id the
 * line's id): POST /api/payment-lines/:lineId/attachments. The grantee adds and removes them
 * while the request is editable; whoever may read the request reads them.
 */
@Injectable()
export class PaymentLineAttachments implements AttachmentOwner, OnModuleInit {
  readonly type = 'PAYMENT_LINE';
  readonly path = 'payment-lines';

  constructor(
    private readonly owners: AttachmentOwners,
    private readonly payments: PaymentsService,
  ) {}

  onModuleInit(): void {
    this.owners.register(this);
  }

  async assertCanChange(actor: AuthUser, lineId: string): Promise<void> {
    await this.payments.getEditable(actor, await this.requestOf(lineId));
  }

  async assertCanRead(actor: AuthUser, lineId: string): Promise<void> {
    await this.payments.get(actor, await this.requestOf(lineId));
  }

  async lockForChange(manager: EntityManager, lineId: string): Promise<void> {
    const request = await this.payments.lock(manager, await this.requestOf(lineId, manager));
    if (!EDITABLE_STATES.includes(request.status))
      throw new InvalidStateException(
        `A ${request.status.toLowerCase().replace('_', ' ')} payment request is read-only`,
      );
  }

  private async requestOf(lineId: string, manager?: EntityManager): Promise<string> {
    const id = await this.payments.requestIdOfLine(lineId, manager);
    if (!id) throw new NotFoundException('Payment request line', 'id');
    return id;
  }
}
