/**
 * Dates never go through local time: the same files give the same serials whatever the machine's
 * time zone. Each zone runs in its own process (a time zone is fixed when a process starts): the
 * probe (dates-probe.ts) is bundled once with esbuild and run under TZ=Asia/Bishkek (UTC+6),
 * America/Los_Angeles (UTC−8 in March) and UTC.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";

const FIXTURES = path.join(__dirname, "../../fixtures/files");
const FILES = [
  "cells.xlsx",
  "libreoffice-cells.xlsx",
  "libreoffice-cells.xls",
  "libreoffice-cells.ods",
  "libreoffice.ods",
  "example.xlsx",
];

let dir: string;
let probe: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "gsz-dates-"));
  probe = path.join(dir, "probe.cjs");
  buildSync({
    entryPoints: [path.join(__dirname, "dates-probe.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: probe,
    logLevel: "silent",
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Probe {
  readonly offset: number;
  readonly found: Readonly<Record<string, unknown[]>>;
}

function runIn(zone: string): Probe {
  const run = spawnSync(process.execPath, [probe, ...FILES.map((f) => path.join(FIXTURES, f))], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Probe;
}

test("every file reads the same date serials in Bishkek, Los Angeles and UTC", () => {
  const bishkek = runIn("Asia/Bishkek");
  const losAngeles = runIn("America/Los_Angeles");
  const utc = runIn("UTC");
  // The zones really were in force…
  expect([bishkek.offset, losAngeles.offset, utc.offset]).toEqual([-360, 480, 0]);
  // …and no date moved.
  expect(bishkek.found).toEqual(utc.found);
  expect(losAngeles.found).toEqual(utc.found);
  for (const name of FILES) expect(utc.found[name]?.length).toBeGreaterThan(0);
});

test("the serials are the calendar dates written (1 March 2019 = 43525; 31 Dec 2019 18:30)", () => {
  const { found } = runIn("Asia/Bishkek");
  for (const name of [
    "cells.xlsx",
    "libreoffice-cells.xlsx",
    "libreoffice-cells.xls",
    "libreoffice-cells.ods",
  ]) {
    expect(found[name]).toEqual([{ date: 43525 }, { date: 43830.77083333333 }]);
  }
});
