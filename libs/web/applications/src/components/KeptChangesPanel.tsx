import { Button } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import type { PartKey, PartValue } from '../model/form-values';
import { itemKeyOfPart } from '../model/form-values';
import { formatLocalDateTime } from '../model/format';
import { budgetCategoryLabel, lawEnforcementLabel, metricLabel, partLabel } from '../model/labels';
import { parseDollars } from '../model/money';

const dollars = (text: string) => {
  const parsed = parseDollars(text);
  return parsed.ok && parsed.cents !== null ? formatDollars(parsed.cents) : text;
};

/** A part's kept value as readable text, to copy from. */
export function describePartValue(part: PartKey, value: PartValue | unknown, scaleLabels: ReadonlyMap<string, string>): string {
  if (itemKeyOfPart(part) !== null) {
    const response = (value ?? {}) as { narrative?: string; selfRating?: string };
    const rating = response.selfRating ? `\n\nSelf-rating: ${response.selfRating} – ${scaleLabels.get(response.selfRating) ?? ''}` : '';
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
      const rows = Array.isArray(value) ? (value as Array<{ category: string; description: string; amount: string }>) : [];
      return rows.length ? rows.map((row, i) => `${i + 1}. ${budgetCategoryLabel(row.category) || '(no category)'} — ${row.description || '(no description)'} — ${dollars(row.amount) || '(no amount)'}`).join('\n') : '(no lines)';
    }
    case 'targets': {
      const rows = Array.isArray(value) ? (value as Array<{ metricKey: string; value: string }>) : [];
      return rows.length ? rows.map((row, i) => `${i + 1}. ${metricLabel(row.metricKey) || '(no metric)'}: ${row.value || '(no value)'}`).join('\n') : '(no targets)';
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

/**
 * Text this applicant typed that is not in the version on screen (after someone
 * else's save, or left on this device): shown in full to copy from, and put back
 * or deleted only when they say so.
 */
export function KeptChangesPanel({ savedAt, parts, itemTitles, scaleLabels, onApply, onDiscard, intro }: KeptChangesPanelProps) {
  const entries = Object.entries(parts) as Array<[PartKey, unknown]>;
  if (entries.length === 0) return null;
  return (
    <div id="kept-changes" className="abate-kept border-2px border-accent-warm radius-md padding-3 margin-bottom-4" tabIndex={-1}>
      <h2 className="margin-top-0" id="kept-changes-heading">
        Your unsaved changes
      </h2>
      <p>
        {intro} Typed on this device, last changed {formatLocalDateTime(savedAt)}.
      </p>
      {entries.map(([part, value]) => {
        const label = partLabel(part, itemTitles);
        return (
          <div key={part} className="border-top-1px border-base-lighter padding-top-2 margin-top-2">
            <h3 className="margin-0 font-heading-sm">{label}</h3>
            <div className="abate-kept__text bg-base-lightest padding-2 margin-y-1">{describePartValue(part, value, scaleLabels)}</div>
            <div className="display-flex flex-align-center flex-wrap">
              {onApply && (
                <Button type="button" outline className="margin-right-2" onClick={() => onApply([part])}>
                  Use my version<span className="usa-sr-only"> of {label}</span>
                </Button>
              )}
              <Button type="button" unstyled onClick={() => onDiscard([part])}>
                Delete my copy<span className="usa-sr-only"> of {label}</span>
              </Button>
            </div>
          </div>
        );
      })}
      {entries.length > 1 && (
        <div className="display-flex flex-align-center flex-wrap margin-top-3">
          {onApply && (
            <Button type="button" className="margin-right-2" onClick={() => onApply()}>
              Use all my changes
            </Button>
          )}
          <Button type="button" outline onClick={() => onDiscard()}>
            Delete all my copies
          </Button>
        </div>
      )}
    </div>
  );
}
