import { definePolicy, Role } from '@abate/api/core';

/** Who reaches each checklist operation (docs/architecture.md, "Access rules"). */
export const CHECKLISTS_POLICY = definePolicy('checklists', {
  checklist: 'public',
  publishChecklistVersion: [Role.PROGRAM_OFFICER],
});
