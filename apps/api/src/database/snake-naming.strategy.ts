import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

// Columns and join columns in snake_case (plannedStart → planned_start, funder → funder_id), so that
// hand-written SQL in migrations, dashboards and benchmarks reads like ordinary PostgreSQL.

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake([...prefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
}
