import { formatDollars } from '@abate/shared/checklist';
import { KeptChangesPanel as SharedKeptChangesPanel } from '@abate/web/core';
import type { PartKey, PartValue } from '../model/form-values';
import { itemKeyOfPart } from '../model/form-values';
import { budgetCategoryLabel, lawEnforcementLabel, metricLabel, partLabel } from '../model/labels';
import { parseDollars } from '../model/money';

const dollars = (text: string) => {
  const parsed = parseDollars(text);
  return parsed.ok && parsed.cents !== null ? formatDollars(parsed.cents) : text;
};

/** A part's kept value as readable text, to copy from. */
export function describePartValue(
  part: PartKey,
  value: PartValue | unknown,
  scaleLabels: ReadonlyMap<string, string>,
): string {
  if (itemKeyOfPart(part) !== null) {
    const response = (value ?? {}) as { narrative?: string; selfRating?: string };
    const rating = response.selfRating
      ? `\n\nSelf-rating: ${response.selfRating} – ${scaleLabels.get(response.selfRating) ?? ''}`
      : '';
    return `${response.narrative || '(no text)'}${rating}`;
  }
  switch (part) {
    case 'requestedCents':
      return typeof value === 'string' && value ? dollars(value) : '(blank)';
    case 'lawEnforcementRole':
      return lawEnforcementLabel(typeof value === 'string' ? (value as never) : null);
    case 'warrantChecks':
      return value === 'yes' ? 'Yes' : value === 'no' ? 'No' : 'Not answered';
    case 'budgetLines': {
      const rows = Array.isArray(value)
        ? (value as Array<{ category: string; description: string; amount: string }>)
        : [];
      return rows.length
        ? rows
            .map(
              (row, i) =>
                `${i + 1}. ${budgetCategoryLabel(row.category) || '(no category)'} — ${row.description || '(no description)'} — ${dollars(row.amount) || '(no amount)'}`,
            )
            .join('\n')
        : '(no lines)';
    }
    case 'targets': {
      const rows = Array.isArray(value) ? (value as Array<{ metricKey: string; value: string }>) : [];
      return rows.length
        ? rows
            .map((row, i) => `${i + 1}. ${metricLabel(row.metricKey) || '(no metric)'}: ${row.value || '(no value)'}`)
            .join('\n')
        : '(no targets)';
    }
    default:
      return typeof value === 'string' && value ? value : '(blank)';
  }
}

export interface KeptChangesPanelProps {
  savedAt: number;
  parts: Partial<Record<PartKey, unknown>>;
  itemTitles: ReadonlyMap<string, string>;
  scaleLabels: ReadonlyMap<string, string>;
  /** Put text back in the form (editable drafts only). */
  onApply?: (parts?: PartKey[]) => void;
  onDiscard: (parts?: PartKey[]) => void;
  intro: string;
}

/** The shared kept-changes panel, with the application's parts named and shown as readable text. */
export function KeptChangesPanel({ itemTitles, scaleLabels, ...props }: KeptChangesPanelProps) {
  const describe = (part: PartKey, value: unknown) => ({
    label: partLabel(part, itemTitles),
    text: describePartValue(part, value, scaleLabels),
  });
  return <SharedKeptChangesPanel<PartKey> {...props} describe={describe} />;
}
