import { checklistProblems, type ChecklistDefinition, type FieldProblem } from '@abate/shared/checklist';
import type { ChecklistInput } from '@abate/web/core';
import { jsonLocations, jsonSyntaxErrorOffset, locate, locationAt, type JsonLocation } from './json-locations';

export type { FieldProblem };

export interface ChecklistProblem extends FieldProblem {
  /** Which part of the checklist the path names, for people: "Item 4: services.naloxone (Naloxone kits)". */
  place: string;
  location?: JsonLocation;
  /** Problems the API reported, as opposed to those found in the browser. */
  fromServer?: boolean;
}

export type ChecklistCheck =
  | { kind: 'empty' }
  | { kind: 'invalid-json'; message: string; location?: JsonLocation }
  | {
      kind: 'checked';
      checklist: ChecklistDefinition | null;
      input: ChecklistInput | null;
      problems: ChecklistProblem[];
    };

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type FieldType = 'string' | 'string?' | 'integer' | 'boolean' | 'array' | 'strings';

// The fields ChecklistInput (and its parts) accept; anything else the API refuses.
const shapes = {
  root: {
    key: 'string',
    version: 'string',
    title: 'string',
    about: 'string?',
    scoring: 'string?',
    scale: 'array',
    domains: 'array',
    items: 'array',
    sources: 'array',
  },
  scale: { value: 'integer', label: 'string', meaning: 'string' },
  domains: { key: 'string', title: 'string' },
  items: {
    key: 'string',
    domain: 'string',
    weight: 'integer',
    critical: 'boolean',
    title: 'string',
    description: 'string',
    reviewerGuidance: 'string',
    sources: 'strings',
  },
  sources: { id: 'string', citation: 'string', url: 'string?' },
} satisfies Record<string, Record<string, FieldType>>;

function typeProblem(value: Json, type: FieldType): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'must be text (in double quotes)';
    case 'string?':
      return value === undefined || value === null || typeof value === 'string'
        ? undefined
        : 'must be text (in double quotes), or left out';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2_147_483_647
        ? undefined
        : 'must be a whole number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'array':
      return Array.isArray(value) ? undefined : 'must be a list in square brackets';
    case 'strings':
      return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
        ? undefined
        : 'must be a list of source ids in double quotes';
  }
}

function objectProblems(value: Json, shape: Record<string, FieldType>, path: string): FieldProblem[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (!isObject(value)) return [{ field: path, message: 'must be an object in curly braces' }];
  const problems: FieldProblem[] = [];
  for (const [field, type] of Object.entries(shape)) {
    if (value[field] === undefined && !type.endsWith('?'))
      problems.push({ field: at(field), message: `${field} is missing` });
    else {
      const problem = typeProblem(value[field], type);
      if (problem) problems.push({ field: at(field), message: `${field} ${problem}` });
    }
  }
  for (const field of Object.keys(value)) {
    if (!(field in shape))
      problems.push({ field: at(field), message: `${field} is not a field the API accepts here; remove it` });
  }
  return problems;
}

/** The structure checks the API's input types make: fields, their types, no extras. */
export function checklistShapeProblems(value: Json): FieldProblem[] {
  if (!isObject(value))
    return [
      {
        field: '',
        message:
          'The file must hold one checklist: a JSON object in curly braces, shaped like porp-checklist-2023.json',
      },
    ];
  const problems = objectProblems(value, shapes.root, '');
  for (const list of ['scale', 'domains', 'items', 'sources'] as const) {
    const entries = value[list];
    if (Array.isArray(entries))
      entries.forEach((entry, index) => problems.push(...objectProblems(entry, shapes[list], `${list}.${index}`)));
  }
  return problems;
}

const quote = (text: unknown, max = 60) => {
  const value = String(text);
  return `“${value.length > max ? `${value.slice(0, max - 1)}…` : value}”`;
};

/** "Item 4: services.naloxone, “Naloxone kits…”" for `items.3.weight`, from the parsed checklist. */
export function describePlace(path: string, parsed: Json): string {
  if (path === '') return 'The whole checklist';
  const [list, index, field, subIndex] = path.split('.');
  const entry =
    isObject(parsed) && Array.isArray(parsed[list]) && index !== undefined
      ? (parsed[list] as Json[])[Number(index)]
      : undefined;
  const number = Number(index) + 1;
  const fieldText = field ? `, field ${field}${subIndex !== undefined ? ` (entry ${Number(subIndex) + 1})` : ''}` : '';
  const named = (noun: string, key: unknown, title?: unknown) =>
    `${noun} ${number}${typeof key === 'string' || typeof key === 'number' ? `: ${key}` : ''}${typeof title === 'string' && title ? ` ${quote(title)}` : ''}${fieldText}`;
  switch (list) {
    case 'items':
      return isObject(entry) ? named('Item', entry.key, entry.title) : `Item ${number}${fieldText}`;
    case 'domains':
      return isObject(entry) ? named('Domain', entry.key, entry.title) : `Domain ${number}${fieldText}`;
    case 'sources':
      return isObject(entry) ? named('Source', entry.id) : `Source ${number}${fieldText}`;
    case 'scale':
      return index === undefined
        ? 'The rating scale'
        : isObject(entry)
          ? named('Scale step', entry.value, entry.label)
          : `Scale step ${number}${fieldText}`;
    default:
      return index === undefined ? `The checklist’s ${list}` : path;
  }
}

/** Only the fields the API accepts, in its input type. */
function toInput(checklist: ChecklistDefinition): ChecklistInput {
  return {
    key: checklist.key,
    version: checklist.version,
    title: checklist.title,
    about: checklist.about ?? null,
    scoring: checklist.scoring ?? null,
    scale: checklist.scale.map(({ value, label, meaning }) => ({ value, label, meaning })),
    domains: checklist.domains.map(({ key, title }) => ({ key, title })),
    items: checklist.items.map(({ key, domain, weight, critical, title, description, reviewerGuidance, sources }) => ({
      key,
      domain,
      weight,
      critical,
      title,
      description,
      reviewerGuidance,
      sources: [...sources],
    })),
    sources: checklist.sources.map(({ id, citation, url }) => ({ id, citation, url: url ?? null })),
  };
}

/** Where JSON.parse stopped: found by scanning, else from the message ("position 120", "line 5 column 3"). */
function parseErrorLocation(message: string, text: string): JsonLocation | undefined {
  const offset = jsonSyntaxErrorOffset(text);
  if (offset !== undefined) return locationAt(text, offset);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) {
    const start =
      text
        .split('\n')
        .slice(0, Number(lineColumn[1]) - 1)
        .reduce((sum, line) => sum + line.length + 1, 0) +
      Number(lineColumn[2]) -
      1;
    return locationAt(text, Math.min(start, text.length));
  }
  const position = /position (\d+)/i.exec(message);
  return position ? locationAt(text, Math.min(Number(position[1]), text.length)) : undefined;
}

/** Attaches the place and location in the text of each problem path. */
export function placeProblems(
  problems: FieldProblem[],
  parsed: Json,
  locations: Map<string, JsonLocation>,
  fromServer = false,
): ChecklistProblem[] {
  return problems.map((problem) => ({
    ...problem,
    place: describePlace(problem.field, parsed),
    location: locate(locations, problem.field),
    ...(fromServer ? { fromServer } : {}),
  }));
}

/**
 * checklistProblems() on a copy the rules can read (a list that is not a list,
 * an entry that is not an object, taken as empty), less what the shape
 * problems already say about those parts.
 */
function ruleProblems(parsed: Json, shape: FieldProblem[]): FieldProblem[] {
  if (!isObject(parsed)) return [];
  const broken = new Set<string>();
  const copy: JsonObject = { ...parsed };
  for (const list of ['scale', 'domains', 'items', 'sources'] as const) {
    if (!Array.isArray(copy[list])) {
      if (copy[list] !== undefined) broken.add(list);
      copy[list] = [];
      continue;
    }
    copy[list] = (copy[list] as Json[]).map((entry, index) => {
      if (isObject(entry)) return list === 'items' && !Array.isArray(entry.sources) ? { ...entry, sources: [] } : entry;
      broken.add(`${list}.${index}`);
      return {};
    });
  }
  const covered = (field: string) =>
    [...broken].some((path) => field === path || field.startsWith(`${path}.`)) || shape.some((p) => p.field === field);
  try {
    return checklistProblems(copy as unknown as ChecklistDefinition).filter((problem) => !covered(problem.field));
  } catch {
    return []; // too malformed for the rules to read; the shape problems say why
  }
}

/**
 * Parses and checks a checklist file: the JSON itself, the shape the API
 * accepts, then checklistProblems() (the rules the API applies on publishing).
 */
export function checkChecklistText(raw: string): ChecklistCheck {
  const text = raw.replace(/^\uFEFF/, '');
  if (!text.trim()) return { kind: 'empty' };
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid-json', message, location: parseErrorLocation(message, text) };
  }
  const locations = jsonLocations(text);
  const shape = checklistShapeProblems(parsed);
  const rules = ruleProblems(parsed, shape);
  const seen = new Set<string>();
  const problems = [...shape, ...rules].filter((problem) => {
    const id = `${problem.field}\n${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const ok = problems.length === 0;
  const checklist = ok ? (parsed as ChecklistDefinition) : null;
  return {
    kind: 'checked',
    checklist,
    input: checklist ? toInput(checklist) : null,
    problems: placeProblems(problems, parsed, locations),
  };
}

/** Locates problems the API reported (`input.items.3.weight`) in the text that was sent. */
export function serverChecklistProblems(problems: FieldProblem[], raw: string): ChecklistProblem[] {
  const text = raw.replace(/^\uFEFF/, '');
  let parsed: Json = null;
  let locations = new Map<string, JsonLocation>();
  try {
    parsed = JSON.parse(text);
    locations = jsonLocations(text);
  } catch {
    // The text was valid when sent; if it has changed since, the problems go unlocated.
  }
  return placeProblems(problems, parsed, locations, true);
}
