import type { LawEnforcementRole } from '@abate/web/core';
import { lawEnforcementOptions } from '../model/labels';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editor-types';

/** The police role (five plain-language choices) and whether anyone runs warrant checks. */
export function LawEnforcementSection({ values, update }: Omit<SectionProps, 'notSaved'>) {
  return (
    <EditorSection id="section-law-enforcement" title="Law enforcement">
      <p>
        Survivors stay away from outreach they see as policing. Reviewers look closely at how police take part, and
        Abate flags practices the research warns against.
      </p>
      <fieldset className="usa-fieldset" id="lawEnforcementRole" aria-describedby="lawEnforcementRole-hint">
        <legend className="usa-legend text-bold">What role do police have in the program?</legend>
        <span className="usa-hint" id="lawEnforcementRole-hint">
          Choose the answer closest to how the program works day to day.
        </span>
        {lawEnforcementOptions.map((option) => {
          const id = `lawEnforcementRole__${option.value}`;
          return (
            <div className="usa-radio" key={option.value}>
              <input
                className="usa-radio__input usa-radio__input--tile"
                id={id}
                type="radio"
                name="lawEnforcementRole"
                value={option.value}
                checked={values.lawEnforcementRole === option.value}
                aria-describedby={`${id}-description`}
                onChange={() => update((v) => ({ ...v, lawEnforcementRole: option.value as LawEnforcementRole }))}
              />
              <label className="usa-radio__label" htmlFor={id}>
                {option.label}
                {/* Hidden from the label's name (kept short), read as its description instead. */}
                <span className="usa-radio__label-description" id={`${id}-description`} aria-hidden="true">
                  {option.description}
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>

      <fieldset className="usa-fieldset margin-top-4" id="warrantChecks" aria-describedby="warrantChecks-hint">
        <legend className="usa-legend text-bold">
          Will anyone run warrant checks on people referred to the program?
        </legend>
        <span className="usa-hint" id="warrantChecks-hint">
          For example, police looking up a survivor for open warrants before or during an outreach visit.
        </span>
        {(['yes', 'no'] as const).map((answer) => (
          <div className="usa-radio" key={answer}>
            <input
              className="usa-radio__input"
              id={`warrantChecks__${answer}`}
              type="radio"
              name="warrantChecks"
              value={answer}
              checked={values.warrantChecks === answer}
              onChange={() => update((v) => ({ ...v, warrantChecks: answer }))}
            />
            <label className="usa-radio__label" htmlFor={`warrantChecks__${answer}`}>
              {answer === 'yes' ? 'Yes' : 'No'}
            </label>
          </div>
        ))}
      </fieldset>
    </EditorSection>
  );
}
