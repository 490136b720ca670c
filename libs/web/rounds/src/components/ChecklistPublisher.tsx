import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  Alert,
  AlertHeading,
  AlertText,
  Button,
  ButtonGroup,
  FileInput,
  Form,
  FormGroup,
  Label,
} from '@trussworks/react-uswds';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { generalErrorMessage, toApiErrors, type RoundsPublishChecklistVersionMutation } from '@abate/web/core';
import { ErrorSummary, TextAreaField, type FormError } from '@abate/web/ui';
import { usePublishChecklistVersion } from '../hooks/usePublishChecklistVersion';
import {
  checkChecklistText,
  serverChecklistProblems,
  type ChecklistCheck,
  type ChecklistProblem,
} from '../lib/checklist-file';
import type { JsonLocation } from '../lib/json-locations';
import { CHECKLIST_FILE_MAX_BYTES } from '@abate/shared/limits';

const FILE_ID = 'checklist-file';
const TEXT_ID = 'checklist-json';
const PROBLEMS_ID = 'checklist-problems';
const MAX_FILE_BYTES = CHECKLIST_FILE_MAX_BYTES;

type Published = RoundsPublishChecklistVersionMutation['publishChecklistVersion'];

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const where = (location?: JsonLocation) => (location ? `line ${location.line}, column ${location.column}` : null);

/** Focuses the JSON text with the value at fault selected and scrolled into view. */
function showInText(location: JsonLocation) {
  const textarea = document.getElementById(TEXT_ID);
  if (!(textarea instanceof HTMLTextAreaElement)) return;
  textarea.focus();
  textarea.setSelectionRange(location.start, location.end);
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (location.line - 3) * lineHeight);
}

export interface ChecklistPublisherProps {
  checklistHref: (key: string, version: string) => string;
}

/**
 * An officer publishes a new checklist version from a JSON file (or pasted
 * JSON): parsed and checked here with the API's own rules, every problem shown
 * with its place in the file, then sent with publishChecklistVersion.
 */
export function ChecklistPublisher({ checklistHref }: ChecklistPublisherProps) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [check, setCheck] = useState<ChecklistCheck | null>(null);
  const [checkedText, setCheckedText] = useState<string | null>(null);
  const [serverProblems, setServerProblems] = useState<ChecklistProblem[]>([]);
  const [summary, setSummary] = useState<FormError[]>([]);
  const [published, setPublished] = useState<Published | null>(null);
  const { publishChecklist, fetching } = usePublishChecklistVersion();
  const publishedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (published) publishedRef.current?.focus();
  }, [published]);

  const stale = check !== null && checkedText !== text;
  const problems = [...(check?.kind === 'checked' ? check.problems : []), ...serverProblems];

  const runCheck = (raw: string): ChecklistCheck => {
    const result = checkChecklistText(raw);
    setCheck(result);
    setCheckedText(raw);
    setServerProblems([]);
    setPublished(null);
    if (result.kind === 'empty') {
      setSummary([{ message: 'Choose a checklist file, or paste the checklist JSON', fieldId: FILE_ID }]);
    } else if (result.kind === 'invalid-json') {
      const at = where(result.location);
      setSummary([
        { message: `The checklist is not valid JSON${at ? ` (${at})` : ''}: ${result.message}`, fieldId: TEXT_ID },
      ]);
    } else if (result.problems.length > 0) {
      setSummary([
        {
          message: `${plural(result.problems.length, 'problem needs', 'problems need')} fixing before this version can be published`,
          fieldId: PROBLEMS_ID,
        },
      ]);
    } else {
      setSummary([]);
    }
    return result;
  };

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setSummary([
        {
          message: `${file.name} is too large for a checklist (over 2 MB). Choose the checklist’s JSON file.`,
          fieldId: FILE_ID,
        },
      ]);
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setSummary([{ message: `${file.name} could not be read. Choose the file again.`, fieldId: FILE_ID }]);
      return;
    }
    setFileName(file.name);
    setText(content);
    runCheck(content);
  };

  const loadShipped = () => {
    const content = `${JSON.stringify(PORP_CHECKLIST_2023, null, 2)}\n`;
    setFileName(null);
    setText(content);
    setCheck(null);
    setCheckedText(null);
    setSummary([]);
    setServerProblems([]);
    setPublished(null);
    document.getElementById(TEXT_ID)?.focus();
  };

  const handleCheck = () => runCheck(text);

  const handlePublish = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = runCheck(text);
    if (result.kind !== 'checked' || !result.input) return;
    const response = await publishChecklist(result.input);
    if (!response.error && response.data) {
      setPublished(response.data.publishChecklistVersion);
      return;
    }
    const fieldProblems: Array<{ field: string; message: string }> = [];
    const general: FormError[] = [];
    for (const apiError of response.error ? toApiErrors(response.error) : []) {
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field?.startsWith('input')) {
        fieldProblems.push({ field: apiError.field.replace(/^input\.?/, ''), message: apiError.message });
      } else {
        general.push({ message: generalErrorMessage(apiError) });
      }
    }
    const located = serverChecklistProblems(fieldProblems, text);
    setServerProblems(located);
    setSummary([
      ...located.map((problem) => ({
        message: `Abate refused this version: ${sentence(problem.message)} (${problem.field ? `at ${problem.field}` : 'whole checklist'})`,
        fieldId: PROBLEMS_ID,
      })),
      ...(general.length || located.length
        ? general
        : [{ message: 'The checklist could not be published. Try again.' }]),
    ]);
  };

  const ready =
    check?.kind === 'checked' && check.checklist && !stale && serverProblems.length === 0 ? check.checklist : null;

  return (
    <>
      <ErrorSummary errors={summary} />
      {published && (
        <div ref={publishedRef} tabIndex={-1} className="margin-bottom-3">
          <Alert type="success">
            <AlertHeading level="h2">Checklist version published</AlertHeading>
            <AlertText>
              {published.title}, version {published.version} ({plural(published.items.length, 'item', 'items')}) is
              published and can no longer change. Rounds use it once their checklist version is set to{' '}
              {published.version}.{' '}
              <Link className="usa-link" to={checklistHref(published.key, published.version)}>
                View the published checklist
              </Link>
            </AlertText>
          </Alert>
        </div>
      )}

      <Form
        onSubmit={handlePublish}
        noValidate
        large
        aria-label="Publish a checklist version"
        className="maxw-tablet-lg"
      >
        <FormGroup>
          <Label htmlFor={FILE_ID}>Checklist file (JSON)</Label>
          <div className="usa-hint" id={`${FILE_ID}-hint`}>
            The same shape as the shipped porp-checklist-2023.json: key, version, title, scale, domains, items and
            sources. The file is read in your browser; nothing is sent until you publish.
          </div>
          <FileInput
            id={FILE_ID}
            name={FILE_ID}
            accept=".json,application/json"
            aria-describedby={`${FILE_ID}-hint`}
            onChange={handleFile}
          />
        </FormGroup>

        <TextAreaField
          id={TEXT_ID}
          label="Or paste the checklist JSON"
          hint={
            <>
              {fileName ? `Showing ${fileName}. ` : ''}You can correct problems here.{' '}
              <Button type="button" unstyled onClick={loadShipped}>
                Start from version 2023.1 of porp-best-practice
              </Button>
            </>
          }
          value={text}
          onChange={setText}
          error={check?.kind === 'invalid-json' && !stale ? `Not valid JSON: ${check.message}` : undefined}
          rows={18}
          className="font-mono-2xs maxw-none"
          spellCheck={false}
        />
        {check?.kind === 'invalid-json' && !stale && check.location && (
          <Button type="button" unstyled onClick={() => check.location && showInText(check.location)}>
            Show where the JSON stops being valid ({where(check.location)})
          </Button>
        )}

        {ready && (
          <Alert type="info" slim role="status" className="margin-top-3">
            Ready to publish: {ready.title}, key <code>{ready.key}</code>, version {ready.version}.{' '}
            {plural(ready.items.length, 'item', 'items')} in {plural(ready.domains.length, 'domain', 'domains')},{' '}
            {ready.items.filter((item) => item.critical).length} critical,{' '}
            {plural(ready.sources.length, 'source', 'sources')}.
          </Alert>
        )}

        <ButtonGroup className="margin-top-3">
          <Button type="button" outline onClick={handleCheck}>
            Check the checklist
          </Button>
          <Button type="submit" disabled={fetching}>
            {fetching ? 'Publishing…' : 'Publish version'}
          </Button>
        </ButtonGroup>
      </Form>

      {problems.length > 0 && (
        <section aria-labelledby={PROBLEMS_ID} className="margin-top-5 maxw-tablet-lg">
          <h2 id={PROBLEMS_ID} tabIndex={-1}>
            {plural(problems.length, 'problem', 'problems')} to fix
          </h2>
          {stale && <p>You have changed the JSON since it was checked. Check it again to update this list.</p>}
          <ol className="usa-list">
            {problems.map((problem, index) => (
              <li key={`${problem.field}:${problem.message}:${index}`} className="maxw-none margin-bottom-2">
                <span className="text-bold">{problem.place}</span>
                {problem.fromServer && ' (reported by Abate when publishing)'}
                <br />
                {sentence(problem.message).replace(/\.?$/, '.')}
                <br />
                <span className="font-sans-2xs text-base-dark">
                  At <code>{problem.field || '(the whole file)'}</code>
                  {problem.location && `, line ${problem.location.line}, column ${problem.location.column}`}
                </span>
                {problem.location && !stale && (
                  <>
                    {' '}
                    <Button
                      type="button"
                      unstyled
                      className="font-sans-2xs"
                      onClick={() => problem.location && showInText(problem.location)}
                    >
                      Show in the JSON<span className="usa-sr-only">: {problem.place}</span>
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
