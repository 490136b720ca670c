import { definePolicy, Role } from '@abate/api/core';

/** The outbox of messages to people: officers and auditors. */
export const NOTIFICATIONS_POLICY = definePolicy('notifications', {
  outboxMessages: [Role.PROGRAM_OFFICER, Role.AUDITOR],
});
