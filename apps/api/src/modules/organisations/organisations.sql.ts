// The organisation register's SQL in one place.

export const ORGANISATION_SQL = {
  search: `
    SELECT id, version, name, sector, country, identifier FROM organisations
     WHERE ($1::text IS NULL OR country = $1)
       AND ($2::text IS NULL OR sector = $2)
       AND ($3::text IS NULL OR name ILIKE $3 OR identifier LIKE $4)
     ORDER BY country, sector, name`,
  identifiersOfCountry: `SELECT id, identifier FROM organisations WHERE country = $1`,
  holderOfIdentifier: `SELECT name FROM organisations WHERE country = $1 AND identifier = $2 AND ($3::uuid IS NULL OR id <> $3) LIMIT 1`,
  insertMissing: `
    INSERT INTO organisations (country, identifier, name, sector)
    SELECT $1, identifier, name, sector FROM unnest($2::text[], $3::text[], $4::text[]) AS r(identifier, name, sector)
    ON CONFLICT ON CONSTRAINT uq_organisations_country_identifier DO NOTHING
    RETURNING id`,
} as const;
