import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { toPeopleScope } from "@/lib/auth/session";
import { listPeople } from "@/lib/people/repo";
import { checkPageAccess } from "../page-auth";
import { PeopleTable } from "@/components/people/people-table";
import { ErrorNotice } from "@/components/ui/error-notice";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const PAGE_SIZE = 50;
const last = (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v);
const querySchema = z.object({
  q: z.preprocess(last, z.string().trim().max(100, "The search is longer than 100 characters.").refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "The search must not contain control characters.").optional()),
  review: z.preprocess(last, z.literal("1").optional()),
  page: z.preprocess(last, z.coerce.number().int().min(1).max(10_000).default(1)),
});

function toPeopleHref(query: { q?: string; review?: string; page: number }): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.review) params.set("review", query.review);
  if (query.page > 1) params.set("page", String(query.page));
  const s = params.toString();
  return s ? `/people?${s}` : "/people";
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const access = await checkPageAccess("read", "/people");
  if (access.denied) return access.denied;
  const parsed = querySchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <div className="stack">
        <h1>People</h1>
        <ErrorNotice title="This search cannot be run" message={parsed.error.issues[0].message} href="/people" linkText="Show everyone" />
      </div>
    );
  }
  const query = parsed.data;
  try {
    // Readers see the people of published events only; editors everyone in the registry.
    const scope = toPeopleScope(access.viewer);
    const result = await listPeople(getDb(), { q: query.q, needsReview: query.review === "1", page: query.page, pageSize: PAGE_SIZE, scope });
    const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    return (
      <div className="stack">
        <header className="page-header">
          <h1>People</h1>
          <p>Everyone who takes part in an event: the shipped registry and people first met in articles. Open a person to correct them.</p>
        </header>
        <section className="panel" aria-label="Search people">
          <Form action="/people" className="inline-fields" role="search" aria-label="Search people">
            <div className="field">
              <label htmlFor="people-q">Name or alias</label>
              <input id="people-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="e.g. Choi Son Hui" />
            </div>
            <label className="checkbox-inline">
              <input type="checkbox" name="review" value="1" defaultChecked={query.review === "1"} />
              Only people who need review
            </label>
            <button type="submit" className="button">
              Search
            </button>
          </Form>
        </section>
        <section aria-labelledby="people-heading">
          <div className="table-toolbar">
            <h2 id="people-heading">{query.q ? `People matching “${query.q}”` : "All people"}</h2>
            <p className="muted">
              {result.total} {result.total === 1 ? "person" : "people"}
            </p>
          </div>
          <PeopleTable people={result.people} caption={`People, page ${query.page} of ${pageCount}`} />
          <nav className="pagination" aria-label="Pagination">
            <div className="pagination-links">
              {query.page > 1 ? <Link href={toPeopleHref({ ...query, page: query.page - 1 })}>Previous</Link> : <span className="muted">Previous</span>}
              <span>
                Page {Math.min(query.page, pageCount)} of {pageCount}
              </span>
              {query.page < pageCount ? <Link href={toPeopleHref({ ...query, page: query.page + 1 })}>Next</Link> : <span className="muted">Next</span>}
            </div>
          </nav>
        </section>
      </div>
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (
      <div className="stack">
        <h1>People</h1>
        <ErrorNotice title="The people registry is unavailable" message={error.message} href="/people" linkText="Try again" />
      </div>
    );
  }
}
