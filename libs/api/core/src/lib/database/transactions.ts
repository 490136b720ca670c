import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A use case that writes several rows runs in one of these, opened by the service method that owns it. */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
