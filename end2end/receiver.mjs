// A local stand-in for an organisation's emergency-stop endpoint, for the browser tests.
//
//   node end2end/receiver.mjs --port 8092
//
// POST /noodstop        takes a request; answers as the current mode says
// POST /_mode           body {"mode": "ok" | "ok-no-reference" | "fail500" | "html" | "refuse",
//                              "times": n (for fail500: how many 500s before ok), "delay": ms}
// GET  /_received       what arrived (see below)
// POST /_reset          forgets everything, mode back to "ok"
//
// It is strict where a real endpoint must be, so the tests can catch a sender that lies:
// - every attempt is recorded the moment it arrives, whatever the answer (500, 4xx, HTML,
//   refusal), with its Idempotency-Key header, the body's "key", a hash of the body and the
//   time; `pending` counts attempts that arrived but have not been answered yet (a delay);
// - a POST without an Idempotency-Key header, or with one that differs from the body's key,
//   is refused with 400 (recorded too), never deduplicated by the body's key;
// - requests are counted by their header key, as a real endpoint must, so a repeat with the
//   same key is one request and gets the same reference;
// - a reset starts a new state object; an attempt that arrived before the reset is recorded
//   into the state it arrived in, so a slow request from one test never lands in the next.
//
// GET /_received answers:
//   { count: distinct keys accepted, posts: attempts, pending: attempts not yet answered,
//     attempts: [{ n, at, answered_at, header_key, body_key, body_sha256, status }],
//     requests: [{ key, reference, body }] }
import { createServer } from "node:http";
import { createHash } from "node:crypto";

const port = Number(process.argv[process.argv.indexOf("--port") + 1]) || 8092;
let state;
function reset() {
  state = { mode: "ok", times: 0, delay: 0, attempts: [], byKey: new Map(), refSeq: 0 };
}
reset();

const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, GET, OPTIONS",
  "Access-Control-Allow-Headers": "content-type, idempotency-key",
  "Access-Control-Max-Age": "600",
};

function send(res, status, body, type = "application/json") {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { ...cors, "Content-Type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

function readBody(req) {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (c) => {
      data += c;
      if (data.length > 1_000_000) req.destroy();
    });
    req.on("end", () => resolve(data));
  });
}

/** Answers one attempt as the mode of the state it arrived in says; returns [status, body, type]. */
function answer(s, attempt, text, headerKey) {
  if (!headerKey) return [400, { error: "Idempotency-Key ontbreekt" }];
  if (s.mode === "fail500" && s.times > 0) {
    s.times -= 1;
    return [500, { error: "tijdelijk niet beschikbaar" }];
  }
  if (s.mode === "html") return [200, "<html><body>Log in op het wifi-netwerk</body></html>", "text/html"];
  if (s.mode === "refuse") return [422, { error: "telefoonnummer ontbreekt" }];
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return [400, { error: "geen geldige JSON" }];
  }
  if (json.key !== headerKey) return [400, { error: "Idempotency-Key en key verschillen" }];
  if (!s.byKey.has(headerKey)) {
    s.refSeq += 1;
    s.byKey.set(headerKey, { key: headerKey, reference: `NS-${String(s.refSeq).padStart(4, "0")}`, body: json });
  }
  const stored = s.byKey.get(headerKey);
  return [201, s.mode === "ok-no-reference" ? {} : { reference: stored.reference }];
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (req.method === "OPTIONS") return send(res, 204, "");
  if (req.method === "GET" && url.pathname === "/_received") {
    const s = state;
    return send(res, 200, {
      count: s.byKey.size,
      posts: s.attempts.length,
      pending: s.attempts.filter((a) => a.status === null).length,
      attempts: s.attempts,
      requests: [...s.byKey.values()],
    });
  }
  if (req.method === "POST" && url.pathname === "/_reset") {
    reset();
    return send(res, 200, { ok: true });
  }
  if (req.method === "POST" && url.pathname === "/_mode") {
    const body = JSON.parse((await readBody(req)) || "{}");
    Object.assign(state, { mode: body.mode || "ok", times: body.times || 0, delay: body.delay || 0 });
    return send(res, 200, { ok: true });
  }
  if (req.method === "POST" && url.pathname === "/noodstop") {
    // The state this attempt belongs to, even if a reset comes while it is delayed.
    const s = state;
    const text = await readBody(req);
    const headerKey = req.headers["idempotency-key"] || null;
    let bodyKey = null;
    try {
      bodyKey = JSON.parse(text)?.key ?? null;
    } catch {
      // recorded as null; answered 400 below
    }
    const attempt = {
      n: s.attempts.length + 1,
      at: Date.now(),
      answered_at: null,
      header_key: headerKey,
      body_key: bodyKey,
      body_sha256: createHash("sha256").update(text).digest("hex"),
      status: null,
    };
    s.attempts.push(attempt);
    if (s.delay) await new Promise((r) => setTimeout(r, s.delay));
    const [status, body, type] = answer(s, attempt, text, headerKey);
    attempt.status = status;
    attempt.answered_at = Date.now();
    return send(res, status, body, type);
  }
  send(res, 404, { error: "not found" });
});
server.on("error", (err) => {
  // A port in use is never shared with another checkout's receiver: stop, loudly.
  console.error(`receiver: cannot listen on 127.0.0.1:${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1");
