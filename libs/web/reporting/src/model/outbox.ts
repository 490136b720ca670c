export interface OutboxMessageState {
  sentAt?: string | null;
  attempts: number;
  lastError?: string | null;
}

export type OutboxStatus = 'sent' | 'failing' | 'waiting';

/** Sent (or stored) once it has a sentAt; failing after a failed attempt; else waiting its turn. */
export function outboxStatus(message: OutboxMessageState): OutboxStatus {
  if (message.sentAt) return 'sent';
  return message.lastError ? 'failing' : 'waiting';
}

export const outboxStatusLabels: Record<OutboxStatus, string> = {
  sent: 'Sent',
  failing: 'Not sent',
  waiting: 'Waiting',
};

export const outboxTagClasses: Record<OutboxStatus, string> = {
  sent: 'bg-success-darker',
  failing: 'bg-secondary-dark',
  waiting: 'bg-base-dark',
};

/** "3 attempts; last error: connection refused", for messages not sent yet. */
export function attemptsText(message: OutboxMessageState): string | null {
  if (message.sentAt || message.attempts === 0) return null;
  const attempts = message.attempts === 1 ? '1 attempt' : `${message.attempts} attempts`;
  return message.lastError ? `${attempts}; last error: ${message.lastError}` : attempts;
}

/** The recipient filter as the API takes it: trimmed, none when blank. */
export function recipientFilter(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
