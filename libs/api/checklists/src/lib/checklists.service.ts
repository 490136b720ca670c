import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditWriter, BadUserInputException, NotFoundException, Transactions } from '@abate/api/core';
import { checklistProblems, PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import type { ChecklistDefinition } from '@abate/shared/checklist';
import { ChecklistVersionEntity } from './entities/checklist-version.entity';

@Injectable()
export class ChecklistsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ChecklistsService.name);
  // Published versions never change, so a process may keep them.
  private readonly byIdCache = new Map<string, ChecklistVersionEntity>();

  constructor(
    @InjectRepository(ChecklistVersionEntity) private readonly versions: Repository<ChecklistVersionEntity>,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {}

  /** Loads the shipped checklist in every environment; replicas starting together insert it once. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.versions.manager.connection.isInitialized) return; // schema printing runs without a database
    const shipped = PORP_CHECKLIST_2023;
    const result = await this.versions
      .createQueryBuilder()
      .insert()
      .values({ key: shipped.key, label: shipped.version, title: shipped.title, definition: shipped })
      .orIgnore()
      .execute();
    if (result.identifiers.some(Boolean)) this.logger.log(`Loaded checklist ${shipped.key} ${shipped.version}`);
  }

  /** A version by its label, or the latest published one when `label` is omitted. */
  async find(key: string, label?: string | null): Promise<ChecklistVersionEntity> {
    const found = await this.versions.findOne({
      where: label ? { key, label } : { key },
      order: { publishedAt: 'DESC', createdAt: 'DESC' },
    });
    if (!found)
      throw new NotFoundException(
        label ? `Checklist ${key} version ${label}` : `Checklist ${key}`,
        label ? 'version' : 'key',
      );
    return found;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, ChecklistVersionEntity>> {
    const missing = ids.filter((id) => !this.byIdCache.has(id));
    if (missing.length) {
      for (const row of await this.versions.findBy({ id: In([...new Set(missing)]) })) this.byIdCache.set(row.id, row);
    }
    return new Map(ids.flatMap((id) => (this.byIdCache.has(id) ? [[id, this.byIdCache.get(id)!] as const] : [])));
  }

  async byId(id: string): Promise<ChecklistVersionEntity> {
    const found = (await this.byIds([id])).get(id);
    if (!found) throw new NotFoundException('Checklist', 'id');
    return found;
  }

  /** Officers publish a new version; it is validated whole and can never be changed afterwards. */
  async publish(input: ChecklistDefinition): Promise<ChecklistVersionEntity> {
    const problem = checklistProblems(input)[0];
    if (problem) throw new BadUserInputException(`input.${problem.field}`, problem.message);
    const definition: ChecklistDefinition = JSON.parse(JSON.stringify(input));
    return this.transactions.run(async (manager) => {
      const clash = await manager.findOne(ChecklistVersionEntity, { where: { key: input.key, label: input.version } });
      if (clash)
        throw new BadUserInputException(
          'input.version',
          `${input.key} ${input.version} is already published, and a published version never changes: give the new one a new version`,
        );
      const saved = await manager.save(
        manager.create(ChecklistVersionEntity, {
          key: input.key,
          label: input.version,
          title: input.title,
          definition,
        }),
      );
      await this.audit.record(manager, {
        action: 'checklist.publish',
        entityType: 'Checklist',
        entityId: saved.id,
        after: { key: saved.key, version: saved.label, items: definition.items.length },
      });
      return saved;
    });
  }
}
