/**
 * Numbered migrations, one list per backend, applied in order inside a transaction each and
 * recorded in `schema_migrations`. Released migrations never change: a new column or index is a
 * new number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `the database's schema is version ${found}, newer than this eightk knows (${known}): upgrade eightk`,
    );
  }
}

export function pendingMigrations(all: readonly Migration[], applied: readonly number[]): Migration[] {
  const latest = Math.max(0, ...applied);
  const known = Math.max(0, ...all.map((m) => m.version));
  if (latest > known) throw new SchemaTooNewError(latest, known);
  return all.filter((m) => !applied.includes(m.version)).sort((a, b) => a.version - b.version);
}
