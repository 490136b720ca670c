import type { ChecklistDetail } from '../hooks/useChecklist';
import {
  ChecklistRubric,
  ChecklistScaleTable,
  CriticalExplanation,
  domainAnchor,
  groupByDomain,
} from './ChecklistRubric';

const ID_PREFIX = 'checklist-domain';

/** A published checklist version in full: about, scale, scoring, items by domain with guidance, sources. */
export function ChecklistView({ checklist }: { checklist: ChecklistDetail }) {
  const groups = groupByDomain(checklist.domains, checklist.items);
  const criticalCount = checklist.items.filter((item) => item.critical).length;
  const totalWeight = checklist.items.reduce((sum, item) => sum + item.weight, 0);
  const publishedAt = new Date(checklist.publishedAt);

  return (
    <div className="usa-prose maxw-tablet-lg">
      <p className="usa-intro">
        Version {checklist.version} of the <code>{checklist.key}</code> checklist
        {Number.isNaN(publishedAt.getTime())
          ? ''
          : `, published ${new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(publishedAt)}`}
        . {checklist.items.length} items in {groups.length} domains, total weight {totalWeight}.
      </p>
      {checklist.about && <p>{checklist.about}</p>}

      <h2 id="checklist-scale">How reviewers rate each item</h2>
      <p>Reviewers rate every item on this scale:</p>
      <ChecklistScaleTable scale={checklist.scale} caption="Rating scale" />
      <h2 id="checklist-scoring">How applications are scored</h2>
      {checklist.scoring ? (
        <p>{checklist.scoring}</p>
      ) : (
        <p>Each item’s rating counts in proportion to its weight, from 1 (helpful) to 3 (essential).</p>
      )}
      <CriticalExplanation count={criticalCount} />

      <nav aria-labelledby="checklist-contents">
        <h2 id="checklist-contents">Domains</h2>
        <ol className="usa-list">
          {groups.map(({ domain, items }) => (
            <li key={domain.key}>
              <a className="usa-link" href={`#${domainAnchor(ID_PREFIX, domain.key)}`}>
                {domain.title}
              </a>{' '}
              ({items.length} {items.length === 1 ? 'item' : 'items'})
            </li>
          ))}
          <li>
            <a className="usa-link" href="#checklist-sources">
              All sources
            </a>
          </li>
        </ol>
      </nav>

      <ChecklistRubric
        domains={checklist.domains}
        items={checklist.items}
        headingLevel={2}
        idPrefix={ID_PREFIX}
        showGuidance
      />

      <section aria-labelledby="checklist-sources" className="margin-top-5">
        <h2 id="checklist-sources" tabIndex={-1}>
          All sources
        </h2>
        <ul className="usa-list">
          {checklist.sources.map((source) => (
            <li key={source.id} className="maxw-none">
              <span className="text-bold">{source.id}</span>: {source.citation}
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
      </section>
    </div>
  );
}
