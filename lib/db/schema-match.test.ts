/**
 * The migrated database must match prisma/schema.prisma: same tables, columns (type, nullability, defaults),
 * enums, indexes and foreign keys. This is what `prisma migrate diff` would tell us on a machine where the
 * schema engine can be downloaded; here we read the schema through Prisma's own parser (the wasm build)
 * and compare it with the catalog of a database migrated by our runner.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeImportQueue, openImportQueue, QUEUE_SCHEMA } from "../imports/queue";
import { createTestDatabase, type TestDatabase } from "./test-db";

const require = createRequire(import.meta.url);
const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[] }
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
}
interface Dmmf { datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] } }

const schemaText = readFileSync("prisma/schema.prisma", "utf8");
const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: schemaText }))) as Dmmf;

interface UnsupportedField { model: string; name: string; dbName: string | null; type: string; isRequired: boolean; hasDefaultValue: boolean }

/**
 * Fields of a type Prisma does not support (`search Unsupported("tsvector")?`). The DMMF leaves them out of the
 * models (the client cannot read or write them) but they are columns all the same, and indexes name them; so they
 * are read from the schema text, the same source of truth.
 */
function readUnsupportedFields(text: string): UnsupportedField[] {
  const fields: UnsupportedField[] = [];
  for (const block of text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const line of block[2].split("\n")) {
      const m = /^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/.exec(line.replace(/\/\/.*$/, ""));
      if (!m) continue;
      fields.push({
        model: block[1],
        name: m[1],
        dbName: /@map\("([^"]+)"\)/.exec(m[4])?.[1] ?? null,
        type: m[2],
        isRequired: !m[3],
        hasDefaultValue: /@default\(/.test(m[4]),
      });
    }
  }
  return fields;
}

const unsupportedFields = readUnsupportedFields(schemaText);

/** `extensions = [pg_trgm, ...]` of the datasource block (the postgresqlExtensions preview feature). */
function readExtensions(text: string): string[] {
  const list = /^datasource\s+\w+\s*\{[\s\S]*?^\s*extensions\s*=\s*\[([^\]]*)\]/m.exec(text)?.[1] ?? "";
  return list.split(",").map((s) => s.trim().replace(/\(.*$/, "")).filter(Boolean);
}

/** Prisma's operator class names (`JsonbPathOps`) as PostgreSQL spells them; `raw("gin_trgm_ops")` is taken as is. */
const toOpclassName = (name: string) => (/^[A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase() : name);

function expectedType(field: DmmfField): string {
  if (field.kind === "enum") return field.type;
  const native = field.nativeType?.[0];
  const args = field.nativeType?.[1] ?? [];
  if (native === "VarChar") return `character varying(${args[0]})`;
  if (native === "Timestamptz") return `timestamp with time zone(${args[0] ?? 6})`;
  if (native === "Date") return "date";
  const base: Record<string, string> = {
    String: "text", Int: "integer", Float: "double precision", Boolean: "boolean", DateTime: "timestamp without time zone(3)", Json: "jsonb", BigInt: "bigint", Bytes: "bytea",
  };
  return base[field.type] ?? field.type;
}

const columnName = (field: DmmfField) => field.dbName ?? field.name;
const tableName = (model: DmmfModel) => model.dbName ?? model.name;

describe("migrated database matches schema.prisma", () => {
  let test: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    test = await createTestDatabase();
    // The job queue (pg-boss) keeps its own tables, enum and keys in its own schema: they are not ours to compare.
    await closeImportQueue(await openImportQueue(test.url, { role: "producer" }));
    client = new pg.Client({ connectionString: test.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await test?.drop();
  });

  it("has exactly the schema's tables", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.datamodel.models.map(tableName).sort());
  });

  it("has exactly the schema's columns, types, nullability and defaults", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string; type: string; not_null: boolean; has_default: boolean }>(`
      SELECT c.relname AS table_name, a.attname AS column_name,
             CASE WHEN t.typtype = 'e' THEN t.typname
                  WHEN a.atttypid = 'timestamptz'::regtype THEN 'timestamp with time zone(' || a.atttypmod || ')'
                  WHEN a.atttypid = 'timestamp'::regtype THEN 'timestamp without time zone(' || a.atttypmod || ')'
                  ELSE format_type(a.atttypid, a.atttypmod) END AS type,
             a.attnotnull AS not_null, a.atthasdef AS has_default
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    const actual = rows.map((r) => `${r.table_name}.${r.column_name} ${r.type}${r.not_null ? " not null" : ""}${r.has_default ? " default" : ""}`).sort();
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind !== "object")
          .map((f) => {
            const type = f.isList ? `${expectedType(f)}[]` : expectedType(f);
            const notNull = f.isRequired && !f.isList;
            const hasDefault = f.hasDefaultValue && !f.isUpdatedAt;
            return `${tableName(model)}.${columnName(f)} ${type}${notNull ? " not null" : ""}${hasDefault ? " default" : ""}`;
          }),
      )
      .concat(
        unsupportedFields.map((f) => {
          const model = dmmf.datamodel.models.find((m) => m.name === f.model)!;
          return `${tableName(model)}.${f.dbName ?? f.name} ${f.type}${f.isRequired ? " not null" : ""}${f.hasDefaultValue ? " default" : ""}`;
        }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has the schema's enums with the same values", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has exactly the schema's indexes and unique constraints, with their method, column order and operator classes", async () => {
    const { rows } = await client.query<{ table_name: string; method: string; columns: string[]; is_unique: boolean; is_primary: boolean }>(`
      SELECT t.relname AS table_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary, am.amname AS method,
             array(SELECT a.attname::text
                          || CASE WHEN (ix.indoption[k.ord - 1] & 1) = 1 THEN ' desc' ELSE '' END
                          || CASE WHEN oc.opcdefault THEN '' ELSE ' ' || oc.opcname END
                   FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                   JOIN pg_opclass oc ON oc.oid = ix.indclass[k.ord - 1]
                   ORDER BY k.ord) AS columns
      FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
    const actual = rows.map((r) => `${r.table_name}(${r.columns.join(",")}) ${r.is_primary ? "id" : r.is_unique ? "unique" : "normal"} ${r.method}`).sort();
    const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
    const expected = dmmf.datamodel.indexes
      .map((index) => {
        const model = models.get(index.model)!;
        const columns = index.fields.map((f) => {
          const field = model.fields.find((x) => x.name === f.name);
          const unsupported = unsupportedFields.find((x) => x.model === model.name && x.name === f.name);
          const name = field ? columnName(field) : (unsupported?.dbName ?? f.name);
          return `${name}${f.sortOrder === "desc" ? " desc" : ""}${f.operatorClass ? ` ${toOpclassName(f.operatorClass)}` : ""}`;
        });
        return `${tableName(model)}(${columns.join(",")}) ${index.type} ${(index.algorithm ?? "btree").toLowerCase()}`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has exactly the schema's extensions", async () => {
    const { rows } = await client.query<{ extname: string }>(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`);
    expect(rows.map((r) => r.extname).sort()).toEqual(readExtensions(schemaText).sort());
  });

  it("has the schema's foreign keys with their delete rules", async () => {
    const { rows } = await client.query<{ table_name: string; columns: string[]; target: string; on_delete: string }>(`
      SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS target,
             array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
             CASE c.confdeltype WHEN 'c' THEN 'Cascade' WHEN 'n' THEN 'SetNull' WHEN 'r' THEN 'Restrict' WHEN 'a' THEN 'NoAction' WHEN 'd' THEN 'SetDefault' END AS on_delete
      FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
    const actual = rows.map((r) => `${r.table_name}(${r.columns.join(",")}) -> ${r.target} ${r.on_delete}`).sort();
    const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind === "object" && f.relationFromFields?.length)
          .map((f) => {
            const columns = f.relationFromFields!.map((name) => columnName(model.fields.find((x) => x.name === name)!));
            const optional = f.relationFromFields!.some((name) => !model.fields.find((x) => x.name === name)!.isRequired);
            // Prisma's default: SetNull for optional relations, Restrict for required ones.
            const onDelete = f.relationOnDelete ?? (optional ? "SetNull" : "Restrict");
            return `${tableName(model)}(${columns.join(",")}) -> ${tableName(models.get(f.type)!)} ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it("leaves the job queue's schema to pg-boss", async () => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1`, [QUEUE_SCHEMA]);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("records each migration in _prisma_migrations as Prisma does", async () => {
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations"`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });
});
