import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/chromium";
import { freePort, nginxCommand } from "./tests/server/nginx";

/**
 * The built site (`dist/`) served by Debian's nginx with the shipped config and
 * headers, on a free port; tests never build the site themselves. The port is
 * chosen once and handed to the workers through the environment.
 */
process.env["GLOSSARY_TEST_PORT"] ??= String(freePort());
const port = Number(process.env["GLOSSARY_TEST_PORT"]);
const root = fileURLToPath(new URL("./dist", import.meta.url));

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env["CI"]),
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: nginxCommand({ port, root }),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
