import { memo, useCallback } from 'react';
import { fieldId } from '../model/field-ids';
import { NARRATIVE_MAX, responsePart, responseValues, type ResponseValues } from '../model/form-values';
import type { EditorChecklist } from '../hooks/useApplicationEditorData';
import { CharacterCountTextarea, FieldProblem } from './fields';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editor-types';

type ChecklistItem = EditorChecklist['items'][number];
type ScaleStep = EditorChecklist['scale'][number];

export const domainSectionId = (domainKey: string) => `section-domain-${domainKey}`;

export function RatingScale({ scale }: { scale: readonly ScaleStep[] }) {
  return (
    <details className="abate-scale margin-y-2">
      <summary className="text-primary text-underline">How to rate your program (0 to {scale.length - 1})</summary>
      <dl className="margin-top-1">
        {scale.map((step) => (
          <div key={step.value} className="margin-bottom-1">
            <dt className="text-bold">
              {step.value} – {step.label}
            </dt>
            <dd className="margin-left-0">{step.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

interface ChecklistItemFieldProps {
  item: ChecklistItem;
  scale: readonly ScaleStep[];
  response: ResponseValues;
  problem: string | undefined;
  onChange: (itemKey: string, patch: Partial<ResponseValues>) => void;
}

/**
 * One checklist item: its title labels the narrative, its description describes
 * it, and the self-rating select is described by the title.
 */
const ChecklistItemField = memo(function ChecklistItemField({
  item,
  scale,
  response,
  problem,
  onChange,
}: ChecklistItemFieldProps) {
  const base = fieldId(responsePart(item.key));
  const narrativeId = `${base}__narrative`;
  const ratingId = `${base}__selfRating`;
  const titleId = `${base}__title`;
  const descriptionId = `${base}__description`;
  const problemId = `${narrativeId}-problem`;
  return (
    <div className="abate-item border-top-1px border-base-lighter padding-top-3 margin-top-3">
      <div className={`usa-form-group usa-character-count margin-top-0${problem ? ' usa-form-group--error' : ''}`}>
        <h3 className="margin-0 font-heading-md">
          <label htmlFor={narrativeId} id={titleId}>
            {item.title}
          </label>
          {item.critical && <span className="usa-tag bg-secondary-dark margin-left-1 text-middle">Critical</span>}
        </h3>
        <p className="usa-hint margin-top-1 margin-bottom-0 measure-5" id={descriptionId}>
          {item.description}
        </p>
        {problem && <FieldProblem id={problemId}>{problem}</FieldProblem>}
        <CharacterCountTextarea
          id={narrativeId}
          value={response.narrative}
          onChange={(narrative) => onChange(item.key, { narrative })}
          maxLength={NARRATIVE_MAX}
          describedBy={[descriptionId, problem && problemId]}
          invalid={Boolean(problem)}
        />
      </div>
      <div className="usa-form-group">
        <label className="usa-label" htmlFor={ratingId}>
          Self-rating
        </label>
        <select
          className="usa-select"
          id={ratingId}
          name={ratingId}
          value={response.selfRating}
          aria-describedby={titleId}
          onChange={(event) => onChange(item.key, { selfRating: event.target.value })}
        >
          <option value="">- Select a rating -</option>
          {scale.map((step) => (
            <option key={step.value} value={String(step.value)}>
              {step.value} – {step.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
});

export interface ChecklistDomainSectionProps extends SectionProps {
  domain: EditorChecklist['domains'][number];
  items: readonly ChecklistItem[];
  scale: readonly ScaleStep[];
}

/** The items of one checklist domain, each with its narrative and self-rating. */
export function ChecklistDomainSection({
  domain,
  items,
  scale,
  values,
  update,
  notSaved,
}: ChecklistDomainSectionProps) {
  const onChange = useCallback(
    (itemKey: string, patch: Partial<ResponseValues>) =>
      update((v) => ({ ...v, responses: { ...v.responses, [itemKey]: { ...responseValues(v, itemKey), ...patch } } })),
    [update],
  );
  const answered = items.filter((item) => responseValues(values, item.key).narrative.trim() !== '').length;
  return (
    <EditorSection id={domainSectionId(domain.key)} title={domain.title}>
      <p className="margin-bottom-0">
        For each practice, describe how your program does it, then rate the program on the checklist’s scale. Reviewers
        score what is written. {answered} of {items.length} answered.
      </p>
      <RatingScale scale={scale} />
      {items.map((item) => (
        <ChecklistItemField
          key={item.key}
          item={item}
          scale={scale}
          response={responseValues(values, item.key)}
          problem={notSaved[responsePart(item.key)]}
          onChange={onChange}
        />
      ))}
    </EditorSection>
  );
}
