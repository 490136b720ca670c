import { useId, type ReactNode } from 'react';

export interface DataTableProps {
  /** The table's name: read by screen readers, and the name of its scrolling region. */
  caption: string;
  /** Shown under the caption, e.g. what the figures cover. */
  captionNote?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A USWDS table that scrolls sideways on narrow screens. The scrolling region
 * can take focus so keyboard users can scroll it, and is named by the caption.
 */
export function DataTable({ caption, captionNote, className, children }: DataTableProps) {
  const id = useId();
  const noteId = useId();
  return (
    <div
      className="usa-table-container--scrollable insights-table-container"
      tabIndex={0}
      role="region"
      aria-labelledby={id}
    >
      {/* Named by the caption's title alone, so "Metrics by quarter" finds it; the note describes it. */}
      <table
        className={['usa-table', 'insights-table', className].filter(Boolean).join(' ')}
        aria-labelledby={id}
        aria-describedby={captionNote ? noteId : undefined}
      >
        <caption>
          <span id={id}>{caption}</span>
          {captionNote && (
            <span id={noteId} className="insights-caption-note">
              {captionNote}
            </span>
          )}
        </caption>
        {children}
      </table>
    </div>
  );
}
