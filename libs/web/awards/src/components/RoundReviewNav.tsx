import { Link } from 'react-router';
import type { AwardsLinks } from '../lib/links';

export interface RoundReviewNavProps {
  roundId: string;
  links: AwardsLinks;
  current: 'assignments' | 'ranking' | 'compare';
}

/** Links between a round's review and award pages and its public page. */
export function RoundReviewNav({ roundId, links, current }: RoundReviewNavProps) {
  const items = [
    { key: 'round', label: 'Round page', to: links.round(roundId) },
    { key: 'assignments', label: 'Reviewer assignments', to: links.assignReviewers(roundId) },
    { key: 'ranking', label: 'Ranking and decisions', to: links.ranking(roundId) },
  ];
  return (
    <nav aria-label="This round’s review pages" className="margin-bottom-3">
      <ul className="usa-list usa-list--unstyled display-flex flex-wrap">
        {items.map((item) => (
          <li key={item.key} className="margin-right-3 margin-bottom-1">
            {item.key === current ? (
              <span className="text-bold" aria-current="page">
                {item.label}
              </span>
            ) : (
              <Link className="usa-link" to={item.to}>
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
