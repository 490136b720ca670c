import { Button } from '@trussworks/react-uswds';
import { formatLocalDateTime } from '../format';
import './autosave.css';

export interface KeptChangesPanelProps<P extends string> {
  savedAt: number;
  parts: Partial<Record<P, unknown>>;
  /** A part's name for people, and its kept value as readable text to copy from. */
  describe: (part: P, value: unknown) => { label: string; text: string };
  /** Put text back in the form (editable records only). */
  onApply?: (parts?: P[]) => void;
  onDiscard: (parts?: P[]) => void;
  intro: string;
}

/**
 * Text this person typed that is not in the version on screen (after someone
 * else's save, or left on this device): shown in full to copy from, and put back
 * or deleted only when they say so. `#kept-changes` takes focus after a reload.
 */
export function KeptChangesPanel<P extends string>({
  savedAt,
  parts,
  describe,
  onApply,
  onDiscard,
  intro,
}: KeptChangesPanelProps<P>) {
  const entries = Object.entries(parts) as Array<[P, unknown]>;
  if (entries.length === 0) return null;
  return (
    <div
      id="kept-changes"
      className="abate-kept border-2px border-accent-warm radius-md padding-3 margin-bottom-4"
      tabIndex={-1}
    >
      <h2 className="margin-top-0" id="kept-changes-heading">
        Your unsaved changes
      </h2>
      <p>
        {intro} Typed on this device, last changed {formatLocalDateTime(savedAt)}.
      </p>
      {entries.map(([part, value]) => {
        const { label, text } = describe(part, value);
        return (
          <div key={part} className="border-top-1px border-base-lighter padding-top-2 margin-top-2">
            <h3 className="margin-0 font-heading-sm">{label}</h3>
            <div className="abate-kept__text bg-base-lightest padding-2 margin-y-1">{text}</div>
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
