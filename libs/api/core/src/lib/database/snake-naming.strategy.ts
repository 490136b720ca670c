import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const tableName = (t: Table | string) => (typeof t === 'string' ? t : t.name).split('.').pop() as string;

/**
 * Entities use camelCase properties; the migrations' raw SQL uses snake_case
 * columns and PostgreSQL's own constraint names (`users_pkey`,
 * `memberships_user_fkey`), so comparing entities with the schema finds no drift.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return customName ?? snake([...prefixes, propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override primaryKeyName(table: Table | string): string {
    return `${tableName(table)}_pkey`;
  }

  override foreignKeyName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_').replace(/_id$/, '')}_fkey`;
  }
}
