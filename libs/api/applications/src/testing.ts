/** Test factories for applications (`@abate/testing/applications`). */
import { runWithRequestContext } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import type { TestApp } from '@abate/api/testing';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import type { UserEntity } from '@abate/api/organizations';
import { ApplicationsService } from './lib/applications.service';
import { ApplicationEntity } from './lib/entities/application.entity';
import { ApplicationInput } from './lib/dto/application.input';
import { LawEnforcementRole } from './lib/application-enums';

/** Answers that pass every validation rule for a $100,000 request (no errors, no warnings). */
export function completeAnswers(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    title: 'Alamance Connects: post-overdose outreach',
    summary: 'A peer-led team reaches survivors within 72 hours of a non-fatal overdose.',
    requestedCents: 10_000_000n,
    lawEnforcementRole: LawEnforcementRole.DATA_ONLY,
    warrantChecks: false,
    responses: PORP_CHECKLIST_2023.items.map((item) => ({
      itemKey: item.key,
      narrative: `${item.title}: ${'Our program describes concretely how it does this, who does it, and how we will show it in our quarterly reports. '.repeat(3)}`,
      selfRating: 2,
    })),
    budgetLines: [
      { category: 'personnel', description: 'Two peer outreach workers', amountCents: 7_000_000n },
      { category: 'supplies', description: 'Naloxone kits and fentanyl test strips', amountCents: 3_000_000n },
    ],
    targets: [{ metricKey: 'survivors_reached', value: 300 }],
    ...overrides,
  };
}

/** A draft application by `user` (who must belong to the organization), optionally filled with answers. */
export async function createApplication(
  t: TestApp,
  options: { roundId: string; user: UserEntity; organizationId: string; answers?: ApplicationInput },
): Promise<ApplicationEntity> {
  const actor: AuthUser = {
    id: options.user.id,
    email: options.user.email,
    name: options.user.name,
    roles: options.user.roles,
  } as AuthUser;
  const service = t.get(ApplicationsService);
  return runWithRequestContext({ requestId: 'factory', actor }, async () => {
    const app = await service.create(actor, options.roundId, options.organizationId);
    return options.answers ? service.save(actor, app.id, app.version, options.answers) : app;
  });
}
