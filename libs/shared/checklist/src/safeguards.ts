import type { ApplicationAnswers, SafeguardFlag, SafeguardFlagCode } from './application';
import { hasSuppliesLine } from './budget';
import type { ChecklistDefinition } from './checklist';
import { PORP_CHECKLIST_2023 } from './data';

/**
 * The checklist source each flag rests on: the police-paradox study for police
 * presence, and for the others the first source the checklist cites for the
 * item concerned (law-enforcement.no-warrant-checks, services.naloxone).
 */
export const SAFEGUARD_SOURCE_IDS: Readonly<Record<SafeguardFlagCode, string>> = {
  POLICE_LED: 'POLICE-PARADOX-2023',
  UNIFORMED_POLICE_ON_VISITS: 'POLICE-PARADOX-2023',
  WARRANT_CHECKS: 'WARRANTS-2022',
  NO_NALOXONE_IN_BUDGET: 'MA-POST-2022',
};

const MESSAGES: Readonly<Record<SafeguardFlagCode, string>> = {
  POLICE_LED:
    'Police lead this program. Research on police-partnered outreach found that survivors avoid programs they see as policing; put a health or community organization in charge and limit police to sharing overdose data.',
  UNIFORMED_POLICE_ON_VISITS:
    'Police will be on outreach visits. Police presence on visits drives survivors away and can expose them to neighbours; keep police off visits, or at most in plain clothes and unmarked cars at the health worker’s request.',
  WARRANT_CHECKS:
    'The program checks survivors for warrants. Warrant checks deter survivors from engaging and contradict the critical checklist item “No warrant checks and no enforcement on outreach” (law-enforcement.no-warrant-checks); stop them and make that written policy.',
  NO_NALOXONE_IN_BUDGET:
    'The budget has no supplies line for naloxone. Offering naloxone at every contact is a critical checklist item (services.naloxone); add a supplies line that pays for naloxone and test strips.',
};

function resolveSource(id: string, checklist: ChecklistDefinition): SafeguardFlag['source'] {
  const found = checklist.sources?.find((s) => s.id === id) ?? PORP_CHECKLIST_2023.sources.find((s) => s.id === id);
  if (!found) return { id, citation: id };
  return typeof found.url === 'string'
    ? { id: found.id, citation: found.citation, url: found.url }
    : { id: found.id, citation: found.citation };
}

/**
 * Safeguard concerns read straight from the answers, each with a plain-language
 * message and the checklist source it rests on (looked up in `checklist`, or in
 * the 2023 checklist when that version lacks it). Advice for the applicant and
 * a prompt for reviewers; they never block submission.
 */
export function safeguardFlags(
  answers: Pick<ApplicationAnswers, 'lawEnforcementRole' | 'warrantChecks' | 'budgetLines'>,
  checklist: ChecklistDefinition,
): SafeguardFlag[] {
  const codes: SafeguardFlagCode[] = [];
  if (answers.lawEnforcementRole === 'POLICE_LED') codes.push('POLICE_LED');
  if (answers.lawEnforcementRole === 'UNIFORMED_ACCOMPANY' || answers.lawEnforcementRole === 'POLICE_LED')
    codes.push('UNIFORMED_POLICE_ON_VISITS');
  if (answers.warrantChecks === true) codes.push('WARRANT_CHECKS');
  if (!hasSuppliesLine(answers.budgetLines)) codes.push('NO_NALOXONE_IN_BUDGET');
  return codes.map((code) => ({
    code,
    message: MESSAGES[code],
    source: resolveSource(SAFEGUARD_SOURCE_IDS[code], checklist),
  }));
}
