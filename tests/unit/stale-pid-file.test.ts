import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeStalePidFile } from "../../scripts/lib/embedded-postgres.ts";

// A server killed with SIGKILL (a crash, the OOM killer) leaves its postmaster.pid behind. When that
// pid is later reused by another program, postgres takes it for a running server and refuses every
// start; npm start would retry and never come up. The start removes such a file, and only such a
// file. /proc tells what a pid runs: these tests need Linux, where CI and the app run.
const linux = existsSync("/proc/self/comm");
const dirs: string[] = [];
const children: { kill(): void }[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDirWithPid(pid: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "levers-pid-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n1765000000\n5432\n`);
  return dir;
}

describe.runIf(linux)("a postmaster.pid left behind", () => {
  it("is removed when its pid now runs another program", () => {
    const dir = dataDirWithPid(process.pid); // this test's own process: not postgres
    const lines: string[] = [];
    expect(removeStalePidFile(dir, (line) => lines.push(line))).toBe(true);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    expect(lines.join("\n")).toContain(`its pid ${process.pid} is now`);
  });

  it("is kept when its pid is a running postgres (the server may still be up)", async () => {
    // A program named postgres (a copy of sleep) holds the pid.
    const bin = mkdtempSync(path.join(os.tmpdir(), "levers-bin-"));
    dirs.push(bin);
    copyFileSync("/bin/sleep", path.join(bin, "postgres"));
    const child = spawn(path.join(bin, "postgres"), ["30"], { stdio: "ignore" });
    children.push(child);
    await new Promise((resolve) => child.once("spawn", resolve));
    const dir = dataDirWithPid(child.pid!);
    expect(removeStalePidFile(dir, () => {})).toBe(false);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(true);
  });

  it("is left to postgres when nobody has its pid (postgres then starts over it itself)", () => {
    const dir = dataDirWithPid(4_194_304); // 2^22: Linux never hands out a pid this high
    expect(removeStalePidFile(dir, () => {})).toBe(false);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(true);
  });
});
