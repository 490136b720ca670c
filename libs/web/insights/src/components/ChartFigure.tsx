import { useId, type ReactNode } from 'react';

export interface ChartFigureProps {
  /** The chart's title, shown above it. */
  title: string;
  /** The chart in words: read as the chart's description and shown beneath it. */
  description: string;
  /** Height of the plot area in pixels. */
  height: number;
  /** The chart; nothing draws an empty frame with the description only. */
  children?: ReactNode;
}

/**
 * A chart as an image with a text alternative: the plot is one image named by
 * the title and described by a summary; the data table after the figure has
 * every number. The chart itself takes no focus (its tooltips add nothing the
 * table does not have).
 */
export function ChartFigure({ title, description, height, children }: ChartFigureProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <figure className="insights-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="insights-chart__title">
        {title}
      </figcaption>
      {children && (
        <div
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          className="insights-chart__plot"
          style={{ height }}
        >
          {/* The image's parts (legend icons, labels) are not for assistive technology: the image is named and described as a whole. */}
          <div aria-hidden="true" className="insights-chart__drawing">
            {children}
          </div>
        </div>
      )}
      <p className="insights-chart__summary">
        <span className="text-bold">Summary: </span>
        <span id={descriptionId}>{description}</span>
      </p>
    </figure>
  );
}
