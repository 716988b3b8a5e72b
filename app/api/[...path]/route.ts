/** Any /api address that no route owns: the API's JSON 404 rather than the site's HTML page, for every method. */
import { jsonError } from "@/lib/http";

export const dynamic = "force-dynamic";

const notFound = async () => jsonError(404, "not_found", "There is no API route at this address; see the HTTP API section of the README.");

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
