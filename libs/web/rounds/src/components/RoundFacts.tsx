import type { ReactNode } from 'react';

export interface Fact {
  term: string;
  detail: ReactNode;
}

/** Label–value pairs as a description list (read as pairs by screen readers). */
export function FactList({ facts, className = '' }: { facts: Fact[]; className?: string }) {
  return (
    <dl className={`margin-y-1 ${className}`}>
      {facts.map(({ term, detail }) => (
        <div key={term} className="display-flex flex-wrap margin-bottom-05">
          <dt className="text-bold margin-right-1">{term}:</dt>
          <dd className="margin-left-0">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
