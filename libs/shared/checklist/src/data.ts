import porp2023 from '../data/porp-checklist-2023.json';
import type { ChecklistDefinition } from './checklist';

/** The 2023 best-practice checklist, loaded as `porp-best-practice` version 2023.1 in every environment. */
export const PORP_CHECKLIST_2023 = porp2023 as ChecklistDefinition;
