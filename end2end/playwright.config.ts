// Browser tests for Helder: Playwright driving Debian's Chromium (/usr/bin/chromium;
// Playwright's own browser download is not reachable from the build machines).
// Run with `make test-e2e`, which first builds the app into target/e2e/dist.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const repoRoot = path.resolve(__dirname, "..");
// Ports can be moved (HELDER_E2E_PORT, HELDER_RECEIVER_PORT) so two checkouts can test side by side.
// A server already on one of these ports is never reused (it may be another checkout's build or
// receiver): the run stops with "… is already used" instead; move the port or stop that server.
const port = Number(process.env.HELDER_E2E_PORT || 8090);
const receiverPort = Number(process.env.HELDER_RECEIVER_PORT || 8092);
const baseURL = `http://127.0.0.1:${port}`;
process.env.HELDER_RECEIVER = `http://127.0.0.1:${receiverPort}`;

// The test profile points the emergency stop at the receiver; follow a moved receiver port.
let profile = path.join(repoRoot, "end2end/fixtures/organisation.test.json");
if (receiverPort !== 8092) {
  const moved = path.join(os.tmpdir(), `helder-organisation.test.${receiverPort}.json`);
  fs.writeFileSync(moved, fs.readFileSync(profile, "utf8").replaceAll("127.0.0.1:8092", `127.0.0.1:${receiverPort}`));
  profile = moved;
}

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // No retries, in CI too: a test that fails once is a finding to fix, not to hide.
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    serviceWorkers: "allow",
    locale: "nl-NL",
    // The app's "today" is the local date; a fixed zone keeps it the same everywhere (the
    // clock itself is mocked in every test, see TODAY in tests/helpers.ts).
    timezoneId: "Europe/Amsterdam",
  },
  // The stand-in endpoint (receiver.mjs) is one server with one state: two spec files that set
  // its mode or reset it must not run at the same time. emergency.spec.ts runs with the phone
  // project; the outbox tests of emergency-phone.spec.ts run after it, in a project of their
  // own (the desktop project never touches the receiver).
  projects: [
    {
      name: "phone",
      testIgnore: /emergency-phone\.spec\.ts/,
      use: PHONE,
    },
    {
      name: "phone-outbox",
      testMatch: /emergency-phone\.spec\.ts/,
      dependencies: ["phone"],
      use: PHONE,
    },
    {
      name: "desktop",
      testIgnore: /emergency-phone\.spec\.ts/,
      use: {
        viewport: { width: 1280, height: 800 },
      },
    },
  ],
  webServer: [
    {
      // The app, with a test profile that points the emergency stop at the receiver below.
      command: `node end2end/serve.mjs --dir target/e2e/dist --port ${port} --profile ${profile}`,
      url: `${baseURL}/`,
      reuseExistingServer: false,
      cwd: repoRoot,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A stand-in for the organisation's emergency-stop endpoint.
      command: `node end2end/receiver.mjs --port ${receiverPort}`,
      url: `http://127.0.0.1:${receiverPort}/_received`,
      reuseExistingServer: false,
      cwd: repoRoot,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
