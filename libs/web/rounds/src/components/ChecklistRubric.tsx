import { Tag } from '@trussworks/react-uswds';

export interface RubricSource {
  id: string;
  citation: string;
  url?: string | null;
}

export interface RubricItem {
  key: string;
  domain: string;
  title: string;
  description: string;
  weight: number;
  critical: boolean;
  reviewerGuidance?: string;
  sources: RubricSource[];
}

export interface RubricDomain {
  key: string;
  title: string;
}

/** Items under their domains, in the checklist's domain order; items of an unknown domain last. */
export function groupByDomain<T extends { domain: string }>(
  domains: RubricDomain[],
  items: T[],
): Array<{ domain: RubricDomain; items: T[] }> {
  const groups = domains.map((domain) => ({ domain, items: items.filter((item) => item.domain === domain.key) }));
  const known = new Set(domains.map((d) => d.key));
  const others = items.filter((item) => !known.has(item.domain));
  if (others.length) groups.push({ domain: { key: 'other', title: 'Other items' }, items: others });
  return groups.filter((group) => group.items.length > 0);
}

/** The domain section's id, for in-page links. */
export const domainAnchor = (prefix: string, domainKey: string) =>
  `${prefix}-${domainKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function CriticalTag() {
  return <Tag className="bg-secondary-dark text-no-uppercase margin-left-1">Critical</Tag>;
}

/** What "critical" means, said once above the items that carry the tag. */
export function CriticalExplanation({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p>
      <CriticalTag /> {count === 1 ? 'One item is' : `${count} items are`} critical: if reviewers agree on a rating of 0
      for a critical item, the application has a critical gap and cannot be recommended for funding unless the fund
      administrator records an override with a reason.
    </p>
  );
}

function SourceList({ sources }: { sources: RubricSource[] }) {
  if (sources.length === 0) return null;
  return (
    <>
      <p className="text-bold margin-bottom-05">{sources.length === 1 ? 'Source' : 'Sources'}</p>
      <ul className="usa-list margin-top-0 font-sans-2xs">
        {sources.map((source) => (
          <li key={source.id} className="maxw-none">
            {source.citation}
            {source.url && (
              <>
                {' '}
                <a
                  className="usa-link usa-link--external"
                  href={source.url}
                  rel="noreferrer"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {source.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export interface ChecklistRubricProps {
  domains: RubricDomain[];
  items: RubricItem[];
  /** Level of the domain headings; items take the next level. */
  headingLevel: 2 | 3;
  /** Prefix of the domain section ids (for in-page links), unique on the page. */
  idPrefix: string;
  showGuidance?: boolean;
}

/** The rubric grouped by domain: each item's title, weight, critical marker, description, guidance and sources. */
export function ChecklistRubric({
  domains,
  items,
  headingLevel,
  idPrefix,
  showGuidance = false,
}: ChecklistRubricProps) {
  const DomainHeading = `h${headingLevel}` as const;
  const ItemHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <>
      {groupByDomain(domains, items).map(({ domain, items: domainItems }) => {
        const id = domainAnchor(idPrefix, domain.key);
        return (
          <section key={domain.key} aria-labelledby={id} className="margin-top-4">
            <DomainHeading id={id} tabIndex={-1}>
              {domain.title}
            </DomainHeading>
            <ol className="usa-list usa-list--unstyled">
              {domainItems.map((item) => (
                <li key={item.key} className="border-top-1px border-base-lighter padding-y-2 maxw-none">
                  <ItemHeading className="margin-y-0">
                    {item.title}
                    {item.critical && <CriticalTag />}
                  </ItemHeading>
                  <p className="margin-y-05 text-base-dark font-sans-2xs">
                    Weight {item.weight} of 3 · item <code>{item.key}</code>
                  </p>
                  <p className="margin-top-1">{item.description}</p>
                  {showGuidance && item.reviewerGuidance && (
                    <>
                      <p className="text-bold margin-bottom-05">Reviewer guidance</p>
                      <p className="margin-top-0">{item.reviewerGuidance}</p>
                    </>
                  )}
                  <SourceList sources={item.sources} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}

export interface ScaleStep {
  value: number;
  label: string;
  meaning: string;
}

/** The rating scale as a table: rating, label, what it means. */
export function ChecklistScaleTable({ scale, caption }: { scale: ScaleStep[]; caption: string }) {
  return (
    <table className="usa-table usa-table--borderless">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Rating</th>
          <th scope="col">Label</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {scale.map((step) => (
          <tr key={step.value}>
            <td>{step.value}</td>
            <th scope="row">{step.label}</th>
            <td>{step.meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
