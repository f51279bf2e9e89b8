/**
 * Builds llama.cpp's own `llama-bench` as the reference for Breakeven's numbers.
 *
 * The harness (tools/llama-bench) is compiled from the exact source node-llama-cpp ships in its
 * package (llama/gitRelease.bundle plus llama/patches), and linked against node-llama-cpp's own
 * prebuilt libraries (libllama, libllama-common, libggml*, and the CPU-variant backends ggml loads
 * at run time). The kernels are therefore byte-for-byte the ones Breakeven runs; only the harness
 * differs, which is exactly what a fidelity check should compare. Compiling one tool takes ~20 s
 * instead of the ~7 minutes a full llama.cpp build takes on 2 cores, and the result is cached
 * under .cache/llama-bench/<key>, where the key hashes everything that goes into it.
 *
 *   npx tsx scripts/fidelity/build-llama-bench.ts [--force]
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Bump when the recipe below changes, so a cached binary built the old way is not reused. */
const recipeVersion = 1;

// Release flags, as node-llama-cpp's CMake build uses for its prebuilt binaries.
const compileFlags = ["-O3", "-DNDEBUG", "-std=c++17", "-DLLAMA_SHARED", "-DGGML_SHARED", "-pthread"];

export type LlamaBenchBuild = {
  /** The llama-bench executable; the libraries it loads sit next to it. */
  binaryPath: string;
  /** The folder of node-llama-cpp's prebuilt libraries that were linked (and copied). */
  prebuiltDir: string;
  cacheKey: string;
  /** Whether this call compiled it (false: found in the cache). */
  built: boolean;
};

function nodeLlamaCppPaths() {
  const packageDir = join(repoRoot, "node_modules/node-llama-cpp");
  const platformDir = `${process.platform}-${process.arch}`;
  const prebuiltDir = join(repoRoot, "node_modules/@node-llama-cpp", platformDir, "bins", platformDir);
  return {
    bundle: join(packageDir, "llama/gitRelease.bundle"),
    patchesDir: join(packageDir, "llama/patches"),
    prebuiltDir,
  };
}

function sharedLibraries(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".so"))
    .sort();
}

/** Hashes the source bundle, the patches, the prebuilt libraries and the recipe. */
function cacheKeyFor(paths: ReturnType<typeof nodeLlamaCppPaths>, compiler: string): string {
  const hash = createHash("sha256");
  hash.update(`recipe ${recipeVersion}\n${compiler}\n${compileFlags.join(" ")}\n`);
  hash.update(readFileSync(paths.bundle));
  for (const patch of listPatches(paths.patchesDir)) hash.update(readFileSync(patch));
  for (const lib of sharedLibraries(paths.prebuiltDir)) hash.update(readFileSync(join(paths.prebuiltDir, lib)));
  return hash.digest("hex").slice(0, 16);
}

function listPatches(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".diff") || name.endsWith(".patch"))
    .sort()
    .map((name) => join(dir, name));
}

function run(command: string, args: string[], cwd?: string): void {
  execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
}

export function buildLlamaBench(options: { force?: boolean; log?: (line: string) => void } = {}): LlamaBenchBuild {
  const log = options.log ?? ((line: string) => console.error(line));
  if (process.platform !== "linux") {
    throw new Error("The fidelity build links node-llama-cpp's Linux prebuilt libraries; it runs on Linux only.");
  }
  const paths = nodeLlamaCppPaths();
  for (const needed of [paths.bundle, paths.prebuiltDir]) {
    if (!existsSync(needed)) throw new Error(`Missing ${needed}: run \`npm install\` first.`);
  }
  const compiler = process.env.CXX ?? "g++";
  const key = cacheKeyFor(paths, compiler);
  const cacheDir = join(repoRoot, ".cache/llama-bench", key);
  const binDir = join(cacheDir, "bin");
  const binaryPath = join(binDir, "llama-bench");
  const marker = join(binDir, "build-info.json");
  if (!options.force && existsSync(marker) && existsSync(binaryPath)) {
    return { binaryPath, prebuiltDir: paths.prebuiltDir, cacheKey: key, built: false };
  }

  rmSync(cacheDir, { recursive: true, force: true });
  const srcDir = join(cacheDir, "src");
  mkdirSync(binDir, { recursive: true });
  log(`llama-bench: cloning node-llama-cpp's llama.cpp source into ${srcDir}`);
  run("git", ["clone", "--quiet", "-c", "advice.detachedHead=false", paths.bundle, srcDir]);
  for (const patch of listPatches(paths.patchesDir)) {
    log(`llama-bench: applying ${patch.slice(repoRoot.length + 1)}`);
    run("git", ["apply", patch], srcDir);
  }

  // ggml loads its CPU backends from the executable's folder, so the binary and the prebuilt
  // libraries live together and the binary finds them through an $ORIGIN rpath.
  for (const lib of sharedLibraries(paths.prebuiltDir)) copyFileSync(join(paths.prebuiltDir, lib), join(binDir, lib));
  const libs = sharedLibraries(paths.prebuiltDir);
  const link = ["libllama-common.so", libs.find((l) => /^libllama\.v.*\.so$/.test(l)), libs.find((l) => /^libggml\.v.*\.so$/.test(l)), "libggml-base.so"];
  if (link.some((lib) => lib === undefined || !libs.includes(lib))) {
    throw new Error(`node-llama-cpp's prebuilt folder ${paths.prebuiltDir} lacks libllama/libggml; its layout changed.`);
  }
  const startedMs = Date.now();
  log(`llama-bench: compiling tools/llama-bench against ${paths.prebuiltDir.slice(repoRoot.length + 1)} (~20 s)`);
  const sources = ["tools/llama-bench/llama-bench.cpp", "tools/llama-bench/main.cpp"];
  const includes = ["include", "ggml/include", "common", "tools/llama-bench", "vendor"].map((dir) => `-I${dir}`);
  run(
    compiler,
    [...compileFlags, ...includes, ...sources, "-o", binaryPath, `-L${binDir}`, ...link.map((lib) => `-l:${lib}`), "-Wl,-rpath,$ORIGIN"],
    srcDir,
  );
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: srcDir }).toString().trim();
  writeFileSync(
    marker,
    `${JSON.stringify(
      {
        cacheKey: key,
        bundle: paths.bundle.slice(repoRoot.length + 1),
        bundleBytes: statSync(paths.bundle).size,
        bundleCommit: commit,
        patches: listPatches(paths.patchesDir).map((patch) => patch.slice(repoRoot.length + 1)),
        linkedAgainst: paths.prebuiltDir.slice(repoRoot.length + 1),
        compiler: execFileSync(compiler, ["--version"]).toString().split("\n")[0],
        flags: compileFlags,
        compileSeconds: (Date.now() - startedMs) / 1000,
        builtAt: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  );
  // Only the two harness files were needed; the 200 MB checkout is cheap to recreate.
  rmSync(srcDir, { recursive: true, force: true });
  log(`llama-bench: built ${binaryPath.slice(repoRoot.length + 1)} in ${((Date.now() - startedMs) / 1000).toFixed(0)} s`);
  return { binaryPath, prebuiltDir: paths.prebuiltDir, cacheKey: key, built: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const build = buildLlamaBench({ force: process.argv.includes("--force") });
  console.log(build.binaryPath);
}
