import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, mapPage } from '@abate/api/core';
import { OutboxService } from './outbox.service';
import { OutboxMessagesArgs } from './dto/outbox-messages.args';
import { OutboxMessageConnection, OutboxMessageModel } from './models/outbox-message.model';
import { NOTIFICATIONS_POLICY } from './notifications.policy';

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Allow(NOTIFICATIONS_POLICY.outboxMessages)
  @Query(() => OutboxMessageConnection, {
    description:
      'The mail Abate wrote, newest first: what was sent, what was stored (no SMTP_URL), what is waiting or failing.',
  })
  async outboxMessages(@Args() args: OutboxMessagesArgs): Promise<OutboxMessageConnection> {
    return mapPage(await this.outbox.list(args), OutboxMessageModel.from);
  }
}
