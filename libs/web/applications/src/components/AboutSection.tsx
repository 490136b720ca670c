import { formatDollars } from '@abate/shared/checklist';
import { parseDollars } from '../model/money';
import { formatLimit } from '@abate/shared/limits';
import { SUMMARY_MAX, TITLE_MAX } from '../model/form-values';
import { CharacterCountTextarea, FieldProblem, TextInputField } from './fields';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editor-types';

export interface AboutSectionProps extends SectionProps {
  minAwardCents: string;
  maxAwardCents: string;
}

export function AboutSection({ values, update, notSaved, minAwardCents, maxAwardCents }: AboutSectionProps) {
  const requested = parseDollars(values.requested);
  const summaryProblem = notSaved.summary;
  return (
    <EditorSection id="section-about" title="About the application">
      <TextInputField
        id="title"
        label="Application title"
        hint={`A short name for the program that reviewers will see, up to ${formatLimit(TITLE_MAX)} characters.`}
        value={values.title}
        onChange={(title) => update((v) => ({ ...v, title }))}
        problem={notSaved.title}
      />
      <div className={`usa-form-group usa-character-count${summaryProblem ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="summary">
          Summary
        </label>
        <div className="usa-hint" id="summary-hint">
          A few sentences on what the program does, who it reaches and who runs it.
        </div>
        {summaryProblem && <FieldProblem id="summary-problem">{summaryProblem}</FieldProblem>}
        <CharacterCountTextarea
          id="summary"
          value={values.summary}
          onChange={(summary) => update((v) => ({ ...v, summary }))}
          maxLength={SUMMARY_MAX}
          rows={6}
          describedBy={['summary-hint', summaryProblem && 'summary-problem']}
          invalid={Boolean(summaryProblem)}
        />
      </div>
      <TextInputField
        id="requestedCents"
        label="Requested amount (dollars)"
        prefix="$"
        inputMode="decimal"
        className="usa-input--medium"
        hint={
          <>
            This round awards between {formatDollars(minAwardCents)} and {formatDollars(maxAwardCents)}. Enter dollars,
            for example 50000 or 50,000.50. The budget lines must add up to this amount.
          </>
        }
        value={values.requested}
        onChange={(requested) => update((v) => ({ ...v, requested }))}
        problem={notSaved.requestedCents}
      />
      {requested.ok && requested.cents !== null && (
        <p className="usa-hint margin-top-1">You are requesting {formatDollars(requested.cents)}.</p>
      )}
    </EditorSection>
  );
}
