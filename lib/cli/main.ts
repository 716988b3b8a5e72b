/**
 * `dyad`: the command line. Each command parses its flags, then calls the same services as the web app.
 * Modules that need the database are imported lazily, so `dyad extract` starts fast and needs no database.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { AppError } from "../errors";

type Command = { summary: string; help: string; options: ParseArgsConfig["options"]; run(values: Record<string, unknown>, positionals: string[]): Promise<number> };

const log = (line: string) => process.stderr.write(`${line}\n`);

const FILTER_OPTIONS = {
  status: { type: "string" }, from: { type: "string" }, to: { type: "string" }, type: { type: "string", multiple: true },
  participant: { type: "string", multiple: true }, country: { type: "string", multiple: true }, level: { type: "string", multiple: true },
  location: { type: "string" }, q: { type: "string" }, pair: { type: "string" },
} as const;

const DOCUMENT_OPTIONS = { published: { type: "string" }, title: { type: "string" }, url: { type: "string" }, outlet: { type: "string" } } as const;
const INGEST_OPTIONS = { ...DOCUMENT_OPTIONS, relationship: { type: "string" } } as const;

const commands: Record<string, Command> = {
  serve: {
    summary: "run the dashboard (embedded database and demo data unless DATABASE_URL is set)",
    help: `dyad serve [--dev] [--port N]

Starts the web dashboard. Without DATABASE_URL it starts (or reuses) the embedded PostgreSQL in .dyad/
(DYAD_DATA_DIR overrides), applies migrations, and on the first start of an empty embedded database loads
the demo data. Builds the app first when no production build exists. The bulk-import worker runs in
this process, beside the app (DYAD_IMPORT_WORKER=0 leaves imports to a separate dyad worker). Ctrl-C
stops the app, lets the worker finish the article in hand, and stops the database it started.

Examples:
  dyad serve              production server on PORT (default 3000)
  dyad serve --dev        development server with hot reload
  DATABASE_URL=postgresql://user:pw@host/db dyad serve --port 8080`,
    options: { dev: { type: "boolean" }, port: { type: "string" } },
    async run(values) {
      const { serve } = await import("./serve");
      return serve({ dev: Boolean(values.dev), port: Number(values.port ?? process.env.PORT ?? 3000) });
    },
  },
  migrate: {
    summary: "apply database migrations",
    help: `dyad migrate

Applies the SQL migrations in prisma/migrations that the database does not have yet, recording them in
_prisma_migrations as Prisma Migrate does.

Examples:
  dyad migrate
  DATABASE_URL=postgresql://user:pw@host/db dyad migrate`,
    options: {},
    async run() {
      const { openDatabase } = await import("./database");
      const db = await openDatabase(log);
      log(`database is up to date (${db.embedded ? "embedded" : "DATABASE_URL"})`);
      await db.stop();
      return 0;
    },
  },
  seed: {
    summary: "(re)load the demo articles and the people registry",
    help: `dyad seed

Loads the people registry and the demo articles through the ingest service, replacing earlier demo articles.
The embedded database is seeded on its first start anyway; use this to reload, or to load the demo into a
DATABASE_URL database on purpose.

Examples:
  dyad seed`,
    options: {},
    async run() {
      const { openDatabase } = await import("./database");
      const { createDb } = await import("../db/client");
      const { seedDemo } = await import("../demo/seed");
      const db = await openDatabase(log);
      const prisma = createDb(db.url);
      try {
        const result = await seedDemo(prisma, log);
        for (const f of result.failed) log(`failed ${f.id}: ${f.error}`);
        return result.failed.length ? 1 : 0;
      } finally {
        await prisma.$disconnect();
        await db.stop();
      }
    },
  },
  extract: {
    summary: "print the events extracted from one article (no database)",
    help: `dyad extract [--format json|text] FILE [--published YYYY-MM-DD --title T --url U]

FILE is a JSON article {"title", "text", "publishedAt": "YYYY-MM-DD", "url"} or a .txt/.md/.html/.pdf/.docx
document with --published (and optionally --title, --url). Prints {"events": [...]} with each event's type,
title, date and datePrecision (day|month|year; the date is the first day of the period), endDate,
participants (canonical name, ISO country code, role), location, evidence sentence and confidence.

Examples:
  dyad extract article.json
  dyad extract --format text article.json
  dyad extract report.html --published 2024-06-20 --title "Summit in Pyongyang"`,
    options: { format: { type: "string", default: "json" }, ...DOCUMENT_OPTIONS },
    async run(values, positionals) {
      const { extractCommand } = await import("./extract-command");
      return extractCommand(positionals, values as Record<string, string | undefined>);
    },
  },
  ingest: {
    summary: "add articles (files or folders) to the database; big inputs as a background import",
    help: `dyad ingest [--publish] [--queue] [--detach] [--relationship SLUG] FILE|DIR... [--published YYYY-MM-DD --title T --url U --outlet O]

Adds articles through the ingest service: JSON articles (one object, an array, or JSON lines) and documents
(.txt .md .html .pdf .docx, which need --published). Folders are read recursively. Extracted events arrive
as drafts for review unless --publish is given (for trusted bulk loads).

Each event belongs to one country pair (see dyad relationship list). --relationship SLUG puts every event of
the articles that do not name their own pair (a JSON article's "relationship" field) into that pair; without
either, each event goes to the pair of its participants' and location's countries, else the article's pair,
else the default pair.

Up to 50 articles are ingested right away: one line per article (added, duplicate, or failed and why).
More than that (or more than 20 MB of input, or --queue) becomes a bulk import: the articles are queued in
the database and imported in the background, with a progress bar on stderr (processed/total, failures, rate,
time left). A running dyad serve or dyad worker does the work; when none is running this command runs a
worker itself until the import is done. Ctrl-C stops waiting: the import goes on when a worker runs. At the
end it prints each failure with its reason and a summary. Exit status 1 if anything failed.

  --queue     import in the background even when the input is small
  --detach    queue the import, print its number and exit (needs dyad serve or dyad worker to run it)

Examples:
  dyad ingest articles/
  dyad ingest --publish wire-2024.jsonl
  dyad ingest --relationship kp-cn dandong-reports/
  dyad ingest --detach archive/ --published 2024-06-20     then: dyad import status N
  dyad ingest report.pdf --published 2024-11-30 --url https://example.org/report`,
    options: { publish: { type: "boolean" }, queue: { type: "boolean" }, detach: { type: "boolean" }, ...INGEST_OPTIONS },
    async run(values, positionals) {
      const { ingestCommand } = await import("./ingest-command");
      return ingestCommand(positionals, values as Record<string, string | boolean | undefined>);
    },
  },
  import: {
    summary: "bulk imports: dyad import status N, dyad import list",
    help: `dyad import status N [--format text|json]
dyad import list [--limit N] [--format text|json]

status: one bulk import: its state (adding, queued, running, finished), processed/total, how many were
added, new versions or duplicates, and every failure (up to 200) with the file or line and the reason.
list: the latest imports, newest first (default 20).

Examples:
  dyad import list
  dyad import status 12
  dyad import status 12 --format json > import-12.json`,
    options: { format: { type: "string" }, limit: { type: "string" } },
    async run(values, positionals) {
      const { importCommand } = await import("./import-command");
      return importCommand(positionals, values as { format?: string; limit?: string });
    },
  },
  worker: {
    summary: "run the background import worker (dyad serve runs one too)",
    help: `dyad worker

Imports queued bulk imports (from dyad ingest, the upload page or POST /api/imports), one article at a time,
until Ctrl-C, which lets the article in hand finish. dyad serve runs a worker in its own process already;
run this for a worker on another machine or when the server runs with DYAD_IMPORT_WORKER=0. Several workers
may run at once. A worker that starts after a crash picks up where the stopped one left off.

Examples:
  dyad worker
  DATABASE_URL=postgresql://user:pw@host/db dyad worker`,
    options: {},
    async run() {
      const { workerCommand } = await import("./import-command");
      return workerCommand();
    },
  },
  export: {
    summary: "export events as JSON or CSV",
    help: `dyad export [--format json|csv] [--pair SLUG] [--status draft|published|rejected|all] [--from D --to D
            --type T --participant SLUG --country CC --level L --location L --q TEXT] [--out FILE]

Prints the events matching the filters (the same filters as the dashboard URL) of one country pair: --pair
(see dyad relationship list), else the default pair. --status defaults to all
(drafts and published events; rejected ones only with --status rejected). JSON is an array of events with
id, status, type, title, date, datePrecision, endDate, participants, location, evidence, confidence and
sources [{url, title, publishedAt, evidence}].

Examples:
  dyad export --format json > events.json
  dyad export --format csv --status published --from 2024-01 --to 2024-12 --type meeting
  dyad export --participant choe-son-hui --country RU --out choe.json
  dyad export --pair kp-cn --format csv`,
    options: { format: { type: "string", default: "json" }, out: { type: "string" }, ...FILTER_OPTIONS },
    async run(values) {
      const { exportCommand } = await import("./export-command");
      return exportCommand(values as Record<string, string | string[] | undefined>);
    },
  },
  relationship: {
    summary: "list or add the country pairs the dashboard can show",
    help: `dyad relationship list [--format text|json]
dyad relationship add --countries CC,CC --name NAME [--slug SLUG] [--order N] [--format text|json]

Every event belongs to one country pair (a relationship); the dashboard's "Relationship" selector and the
pair= URL parameter switch between them. The first pair by order is the default: the one a URL without
pair= shows and the one an event falls back to when its countries match no pair.

list  prints slug, the two ISO 3166 alpha-2 codes, order and name, the default pair first.
add   adds a pair of two different countries of the registry. The slug (the pair= value) defaults to the
      two codes in lower case ("kp-cn"); the order defaults to after the last pair. A pair of the same two
      countries cannot be added twice.

Examples:
  dyad relationship list
  dyad relationship add --countries KP,CN --name "North Korea–China"
  dyad relationship add --countries RU,IR --name "Russia–Iran" --slug russia-iran --order 40`,
    options: {
      countries: { type: "string" }, name: { type: "string" }, slug: { type: "string" }, order: { type: "string" },
      format: { type: "string" },
    },
    async run(values, positionals) {
      const { relationshipCommand } = await import("./relationship-command");
      return relationshipCommand(positionals, values as Record<string, string | undefined>);
    },
  },
  user: {
    summary: "add, list and change users (viewer, editor, admin)",
    help: `dyad user add --email E --role viewer|editor|admin [--name N] [--password P] [--format text|json]
dyad user list [--format text|json]
dyad user set-role --email E --role viewer|editor|admin
dyad user set-password --email E [--password P]

Viewers read; editors also upload, review and correct people; admins also manage users. Without
--password a password is generated and printed once. A new password signs the user's browsers out (their
API tokens stay). Passwords have at least 10 characters.

Examples:
  dyad user add --email analyst@example.org --role viewer
  dyad user add --email lead@example.org --role admin --name "Desk lead"
  dyad user set-role --email analyst@example.org --role editor
  dyad user list`,
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" }, format: { type: "string" } },
    async run(values, positionals) {
      const { userCommand } = await import("./user-command");
      return userCommand(positionals, values as Record<string, string | undefined>);
    },
  },
  token: {
    summary: "create, list or revoke API tokens for scripts",
    help: `dyad token create --email E [--name N] [--days N] [--format text|json]
dyad token list [--email E] [--format text|json]
dyad token revoke --id ID

An API token acts as its user (with the user's role) for scripts: send it as
"Authorization: Bearer <token>". create prints the token once (on stdout; the details on stderr); it lasts
--days (365 by default). list shows each live token's id; revoke --id ends it at once.

Examples:
  dyad token create --email lead@example.org --name "nightly import"
  curl -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \
       -d @article.json http://localhost:3000/api/articles
  dyad token list
  dyad token revoke --id 3fJ0s2...`,
    options: { email: { type: "string" }, name: { type: "string" }, days: { type: "string" }, id: { type: "string" }, format: { type: "string" } },
    async run(values, positionals) {
      const { tokenCommand } = await import("./user-command");
      return tokenCommand(positionals, values as Record<string, string | undefined>);
    },
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return `Dyad: news articles -> a sourced timeline of events.

Usage: dyad <command> [options]   (dyad <command> --help for details and examples)

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join("\n")}

Environment: DATABASE_URL (use this PostgreSQL instead of the embedded one), DYAD_DATA_DIR (embedded data
folder, default .dyad), PORT (web server port, default 3000).`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    log(`dyad: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    log(`dyad ${name}: ${(error as Error).message}\n\n${command.help}`);
    return 2;
  }
  try {
    return await command.run(parsed.values as Record<string, unknown>, parsed.positionals);
  } catch (error) {
    if (error instanceof AppError) {
      log(`dyad ${name}: ${error.message}`);
      return error.code === "bad_request" ? 2 : 1;
    }
    log(`dyad ${name}: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
