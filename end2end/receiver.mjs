// A local stand-in for an organisation's emergency-stop endpoint, for the browser tests.
//
//   node end2end/receiver.mjs --port 8092
//
// POST /noodstop        takes a request; answers as the current mode says
// POST /_mode           body {"mode": "ok" | "reference" | "fail500" | "html" | "refuse" | "slow",
//                              "times": n (for fail500: how many 500s before ok), "delay": ms}
// GET  /_received       what arrived: {"count": unique keys, "posts": all posts, "requests": [...]}
// POST /_reset          forgets everything, mode back to "ok"
//
// It answers CORS preflights (the app runs on another port), records every POST, and counts
// requests by their Idempotency-Key, as a real endpoint must, so a repeat is seen as one.
import { createServer } from "node:http";

const port = Number(process.argv[process.argv.indexOf("--port") + 1]) || 8092;
let state;
function reset() {
  state = { mode: "ok", times: 0, delay: 0, posts: 0, byKey: new Map(), refSeq: 0 };
}
reset();

const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, GET, OPTIONS",
  "Access-Control-Allow-Headers": "content-type, idempotency-key",
  "Access-Control-Max-Age": "600",
};

function send(res, status, body, type = "application/json") {
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

createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (req.method === "OPTIONS") return send(res, 204, "");
  if (req.method === "GET" && url.pathname === "/_received") {
    return send(res, 200, { count: state.byKey.size, posts: state.posts, requests: [...state.byKey.values()] });
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
    const text = await readBody(req);
    state.posts += 1;
    if (state.delay) await new Promise((r) => setTimeout(r, state.delay));
    if (state.mode === "fail500" && state.times > 0) {
      state.times -= 1;
      return send(res, 500, { error: "tijdelijk niet beschikbaar" });
    }
    if (state.mode === "html") return send(res, 200, "<html><body>Log in op het wifi-netwerk</body></html>", "text/html");
    if (state.mode === "refuse") return send(res, 422, { error: "telefoonnummer ontbreekt" });
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return send(res, 400, { error: "geen geldige JSON" });
    }
    const key = req.headers["idempotency-key"] || json.key;
    if (!state.byKey.has(key)) {
      state.refSeq += 1;
      state.byKey.set(key, { key, reference: `NS-${String(state.refSeq).padStart(4, "0")}`, body: json });
    }
    const stored = state.byKey.get(key);
    return send(res, 201, state.mode === "ok-no-reference" ? {} : { reference: stored.reference });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1");
