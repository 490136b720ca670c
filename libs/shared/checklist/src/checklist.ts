/** The shape of a best-practice checklist version (data/porp-checklist-2023.json). */
export interface ChecklistDefinition {
  key: string;
  version: string;
  title: string;
  about?: string;
  scale: Array<{ value: number; label: string; meaning: string }>;
  scoring?: string;
  domains: Array<{ key: string; title: string }>;
  items: ChecklistItem[];
  sources: Array<{ id: string; citation: string; url?: string }>;
}

export interface ChecklistItem {
  key: string;
  domain: string;
  weight: number;
  critical: boolean;
  title: string;
  description: string;
  reviewerGuidance: string;
  sources: string[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Everything wrong with a checklist version, each naming its path
 * (`items.3.weight`): unique item keys, known domains, weights 1-3, a scale,
 * and every cited source defined.
 */
export function checklistProblems(checklist: ChecklistDefinition): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!/^[a-z0-9-]{1,64}$/.test(checklist.key ?? ''))
    problems.push({ field: 'key', message: 'key must be lower-case letters, digits and dashes' });
  if (!/^\d{4}\.\d{1,3}$/.test(checklist.version ?? ''))
    problems.push({ field: 'version', message: 'version must look like 2023.1' });
  if (!checklist.scale?.length) problems.push({ field: 'scale', message: 'a checklist needs a rating scale' });
  checklist.scale?.forEach((step, i) => {
    if (step.value !== i)
      problems.push({ field: `scale.${i}.value`, message: `scale values must run 0, 1, 2… in order (expected ${i})` });
  });
  const domains = new Set(checklist.domains?.map((d) => d.key));
  const sources = new Set(checklist.sources?.map((s) => s.id));
  const seen = new Set<string>();
  if (!checklist.items?.length) problems.push({ field: 'items', message: 'a checklist needs at least one item' });
  checklist.items?.forEach((item, i) => {
    if (seen.has(item.key)) problems.push({ field: `items.${i}.key`, message: `item key ${item.key} is used twice` });
    seen.add(item.key);
    if (!domains.has(item.domain))
      problems.push({ field: `items.${i}.domain`, message: `domain ${item.domain} is not defined` });
    if (!Number.isInteger(item.weight) || item.weight < 1 || item.weight > 3)
      problems.push({ field: `items.${i}.weight`, message: 'weight must be 1, 2 or 3' });
    item.sources?.forEach((id, j) => {
      if (!sources.has(id)) problems.push({ field: `items.${i}.sources.${j}`, message: `source ${id} is not defined` });
    });
  });
  return problems;
}
