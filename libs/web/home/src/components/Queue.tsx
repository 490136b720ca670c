import { Link } from 'react-router';
import './home.css';

export interface QueueItem {
  /** How many wait; null while loading. */
  count: number | null;
  /** What they are, by count: (1) => 'draft to finish', (3) => 'drafts to finish'. */
  label: (count: number) => string;
  to: string;
}

/** A role's queue on the home page: a count and what it counts, each a link to where the work is done. */
export function Queue({ items, label }: { items: QueueItem[]; label: string }) {
  return (
    <ul className="abate-queue" aria-label={label}>
      {items.map((item) => (
        <li key={item.to + item.label(2)} className="abate-queue__item">
          <Link to={item.to} className="abate-queue__link">
            <span className="abate-queue__count" aria-busy={item.count === null}>
              {item.count === null ? '…' : item.count.toLocaleString('en-US')}
            </span>{' '}
            <span className="abate-queue__label">{item.label(item.count ?? 2)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** "1 draft" / "3 drafts": `plural('draft to finish', 'drafts to finish')`. */
export const plural =
  (one: string, many: string) =>
  (count: number): string =>
    count === 1 ? one : many;
