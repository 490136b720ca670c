import { useEffect, useMemo } from 'react';
import { formatDollars, validateApplication, type ChecklistDefinition } from '@abate/shared/checklist';
import { parseCents } from '@abate/shared/money';
import { AttachmentsPanel } from '@abate/web/attachments';
import { AutosaveNotices, SaveStatusBar } from '@abate/web/core';
import { PageHeading } from '@abate/web/ui';
import type { EditorData } from '../hooks/useApplicationEditorData';
import { useDraftController } from '../hooks/useDraftController';
import { useSubmitApplication } from '../hooks/useSubmitApplication';
import { answersOf, budgetTotalOf, responseValues, type PartKey } from '../model/form-values';
import { draftNoticesWording, draftStatusWording } from '../model/autosave-wording';
import { partLabel } from '../model/labels';
import { AboutSection } from './AboutSection';
import { ActivityList } from './ActivityList';
import { BudgetSection } from './BudgetSection';
import { ChecklistDomainSection, domainSectionId } from './ChecklistDomainSection';
import { EditorSection } from './EditorSection';
import { EditorSideNav, type EditorNavSection } from './EditorSideNav';
import { KeptChangesPanel } from './KeptChangesPanel';
import { LawEnforcementSection } from './LawEnforcementSection';
import { ReviewSection } from './ReviewSection';
import { SafeguardFlagsSection } from './SafeguardFlags';
import { TargetsSection } from './TargetsSection';
import './applications.css';

export interface ApplicationEditorProps {
  data: EditorData;
  onSubmitted: (applicationId: string) => void;
  /** Reload the page's data: the application stopped being an editable draft. */
  onReloadPage: () => void;
  signInHref: string;
}

/**
 * The draft editor: every section on one page under a side navigation, saved
 * automatically part by part (see DraftController), ending in review and submit.
 */
export function ApplicationEditor({ data, onSubmitted, onReloadPage, signInHref }: ApplicationEditorProps) {
  const [controller, state] = useDraftController(data);
  const { round, organization } = data;
  const { checklist } = round;
  const { submit, submitting, failure } = useSubmitApplication(controller);

  const itemTitles = useMemo(() => new Map(checklist.items.map((item) => [item.key, item.title])), [checklist.items]);
  const scaleLabels = useMemo(
    () => new Map(checklist.scale.map((step) => [String(step.value), step.label])),
    [checklist.scale],
  );
  const itemsByDomain = useMemo(
    () =>
      new Map(
        checklist.domains.map((domain) => [domain.key, checklist.items.filter((item) => item.domain === domain.key)]),
      ),
    [checklist.domains, checklist.items],
  );
  const definition = useMemo<ChecklistDefinition>(
    () => ({
      key: checklist.key,
      version: checklist.version,
      title: checklist.title,
      scale: checklist.scale,
      domains: checklist.domains,
      items: checklist.items.map((item) => ({ ...item, reviewerGuidance: '', sources: [] })),
      sources: [],
    }),
    [checklist],
  );

  const { values, dirty, problems, rejected, server } = state;
  // The award range as the shared validation reads it: exact cents.
  const roundTerms = useMemo(
    () => ({ minAwardCents: parseCents(round.minAwardCents), maxAwardCents: parseCents(round.maxAwardCents) }),
    [round.minAwardCents, round.maxAwardCents],
  );
  const notSaved = useMemo(() => ({ ...problems, ...rejected }), [problems, rejected]);
  // The server's validation describes what it holds; while changes wait, the same rules run on the form.
  const validation = useMemo(
    () => (dirty.length > 0 ? validateApplication(answersOf(values), definition, roundTerms) : server.validation),
    [dirty.length, values, definition, roundTerms, server.validation],
  );
  const unsaved = useMemo(
    () =>
      dirty.flatMap((part: PartKey) => {
        const message = notSaved[part];
        return message ? [{ part, label: partLabel(part, itemTitles), message }] : [];
      }),
    [dirty, notSaved, itemTitles],
  );

  // Someone submitted or withdrew it meanwhile: the page shows it read-only instead.
  useEffect(() => {
    if (server.status !== 'DRAFT') onReloadPage();
  }, [server.status, onReloadPage]);

  const sections: EditorNavSection[] = [
    { id: 'section-about', title: 'About' },
    { id: 'section-law-enforcement', title: 'Law enforcement' },
    ...checklist.domains.map((domain) => {
      const items = itemsByDomain.get(domain.key) ?? [];
      const answered = items.filter((item) => responseValues(values, item.key).narrative.trim() !== '').length;
      return { id: domainSectionId(domain.key), title: domain.title, note: `${answered} of ${items.length} answered` };
    }),
    { id: 'section-budget', title: 'Budget', note: formatDollars(budgetTotalOf(values)) },
    {
      id: 'section-targets',
      title: 'Outcome targets',
      note: values.targets.length === 1 ? '1 target' : `${values.targets.length} targets`,
    },
    { id: 'section-attachments', title: 'Attachments' },
    {
      id: 'section-safeguards',
      title: 'Safeguard flags',
      note:
        server.safeguardFlags.length === 0
          ? 'None'
          : server.safeguardFlags.length === 1
            ? '1 flag'
            : `${server.safeguardFlags.length} flags`,
    },
    { id: 'section-activity', title: 'Activity' },
    {
      id: 'section-review',
      title: 'Review and submit',
      note:
        validation.errors.length === 0
          ? 'Ready to submit'
          : validation.errors.length === 1
            ? '1 problem to fix'
            : `${validation.errors.length} problems to fix`,
    },
  ];

  const handleSubmit = async () => {
    if (await submit()) onSubmitted(data.id);
  };

  const sectionProps = { values, update: controller.update, notSaved };

  return (
    <div className="abate-editor">
      <PageHeading>{`Application to ${round.title}`}</PageHeading>
      <p className="margin-top-0">
        For <strong>{organization.name}</strong>. Applications close {round.closesAtLocal}. Your changes save
        automatically as you type.
      </p>

      <SaveStatusBar state={state} wording={draftStatusWording} onSaveNow={() => void controller.saveNow()} />
      <AutosaveNotices
        state={state}
        controller={controller}
        wording={draftNoticesWording}
        partLabel={(part) => partLabel(part, itemTitles)}
        signInHref={signInHref}
        onReloadPage={onReloadPage}
      />
      {state.kept && (
        <KeptChangesPanel
          savedAt={state.kept.savedAt}
          parts={state.kept.parts}
          itemTitles={itemTitles}
          scaleLabels={scaleLabels}
          onApply={(parts) => controller.applyKept(parts)}
          onDiscard={(parts) => controller.discardKept(parts)}
          intro="These changes of yours are not in the version shown in the form, which is the latest saved one. Copy what you need, or use your version to put it back in the form and save it."
        />
      )}

      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-3">
          <EditorSideNav sections={sections} />
        </div>
        <div className="desktop:grid-col-9">
          <AboutSection {...sectionProps} minAwardCents={round.minAwardCents} maxAwardCents={round.maxAwardCents} />
          <LawEnforcementSection values={values} update={controller.update} />
          {checklist.domains.map((domain) => (
            <ChecklistDomainSection
              key={domain.key}
              {...sectionProps}
              domain={domain}
              items={itemsByDomain.get(domain.key) ?? []}
              scale={checklist.scale}
            />
          ))}
          <BudgetSection {...sectionProps} />
          <TargetsSection {...sectionProps} />

          {/* Attachments: the supporting-documents panel (its own section and heading) from @abate/web/attachments. */}
          <div id="section-attachments" className="abate-editor__section margin-bottom-6">
            <AttachmentsPanel applicationId={data.id} editable />
          </div>

          <SafeguardFlagsSection flags={server.safeguardFlags} hasUnsavedChanges={dirty.length > 0} />

          <EditorSection id="section-activity" title="Activity">
            <ActivityList activity={server.activity} itemTitles={itemTitles} />
          </EditorSection>

          <ReviewSection
            errors={validation.errors}
            warnings={validation.warnings}
            unsaved={unsaved}
            closesAtLocal={round.closesAtLocal}
            submitting={submitting}
            failure={failure}
            onSubmit={() => void handleSubmit()}
          />
        </div>
      </div>
    </div>
  );
}
