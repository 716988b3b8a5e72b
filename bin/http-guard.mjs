/**
 * Loaded into the Next.js server process by `dyad serve` (node --import). It answers two kinds of request that
 * Next.js itself would answer with a bare 500, before Next sees them:
 * - TRACE and TRACK: the Fetch API refuses to build a Request with these methods, and Next's route handlers
 *   build one for every call. They are never needed here: 405.
 * - a path with broken percent-encoding ("/events/%E0%A4%A"): Next fails to decode the dynamic segment and then
 *   to render its 400 page. 400.
 * - a server-action POST (a form of ours) from another site: Next refuses it, but with a 500. 403.
 * All get the API's JSON error shape.
 */
import http from "node:http";

const REFUSED_METHODS = new Set(["TRACE", "TRACK"]);

function refuse(res, status, code, message, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", "x-content-type-options": "nosniff", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify({ error: { code, message } }));
}

function hasBrokenPath(url) {
  const path = (url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** A server action posted with an Origin other than this host (or one that is not an origin at all). */
function isCrossSiteAction(req) {
  if (req.method !== "POST" || !req.headers["next-action"] || !req.headers.origin) return false;
  const expected = String(req.headers["x-forwarded-host"] ?? req.headers.host ?? "").split(",")[0].trim();
  try {
    return new URL(req.headers.origin).host !== expected;
  } catch {
    return true;
  }
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const [req, res] = args;
    if (REFUSED_METHODS.has(req.method)) {
      refuse(res, 405, "method_not_allowed", `${req.method} is not supported`, { allow: "GET, HEAD, OPTIONS, POST" });
      return true;
    }
    if (hasBrokenPath(req.url)) {
      refuse(res, 400, "bad_request", "The address is not valid percent-encoded UTF-8");
      return true;
    }
    if (isCrossSiteAction(req)) {
      refuse(res, 403, "forbidden", "Forms of this site cannot be submitted from another site");
      return true;
    }
  }
  return emit.call(this, event, ...args);
};
