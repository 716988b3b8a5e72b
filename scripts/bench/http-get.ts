/**
 * The benchmarks' HTTP client: Node's http module over kept-alive loopback connections, reading the whole body.
 * Not fetch: undici's fetch spends about 3 ms of the client's own CPU per request on this machine (WHATWG streams
 * and headers), which would count as the server's time in every figure and in each API/SQL ratio, whose floor is
 * measured with a lean client (pg over pooled connections).
 */
import http from "node:http";

export interface GetResult {
  status: number;
  body: string;
  /** Milliseconds until the response headers arrived. */
  ttfbMs: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export function httpGet(url: string, headers: Record<string, string> = {}): Promise<GetResult> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      const ttfbMs = performance.now() - t0;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ttfbMs }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** Ends the kept-alive connections (so that the process can exit and the server stop at once). */
export function closeHttpConnections(): void {
  agent.destroy();
}
