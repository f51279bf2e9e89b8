// Times the TCO model the way the view uses it: one recompute per slider move, plus the tornado and the
// break-even volume. Run with `npx tsx scripts/bench-tco.ts` (npm run bench:tco).
import { computeBreakEvenVolume, computeScenario, computeSensitivity, validateScenario, type ScenarioInput } from "../shared/tco/index";
import { randomScenario, seededRandom } from "../shared/tco/randomScenario";

const SCENARIO_COUNT = 2_000;
const MIN_MEASURE_MS = 1_500;
// Keeps results reachable so the JIT cannot drop the work being timed.
let sink = 0;

function makeScenarios(): ScenarioInput[] {
  const random = seededRandom(20_261_201);
  const scenarios: ScenarioInput[] = [];
  for (let i = 0; i < SCENARIO_COUNT; i++) {
    const validated = validateScenario(randomScenario(random));
    if (!validated.ok) throw new Error(`generated an invalid scenario: ${JSON.stringify(validated.issues)}`);
    scenarios.push(validated.value);
  }
  return scenarios;
}

type Timing = { name: string; calls: number; meanUs: number; p50Us: number; p99Us: number; maxUs: number };

function time(name: string, scenarios: ScenarioInput[], run: (s: ScenarioInput) => number): Timing {
  for (let i = 0; i < Math.min(scenarios.length, 500); i++) sink += run(scenarios[i]); // warm-up for the JIT
  const samples: number[] = [];
  const started = performance.now();
  let index = 0;
  while (performance.now() - started < MIN_MEASURE_MS || samples.length < scenarios.length) {
    const scenario = scenarios[index++ % scenarios.length];
    const t0 = performance.now();
    sink += run(scenario);
    samples.push(performance.now() - t0);
  }
  const totalMs = performance.now() - started;
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] * 1000;
  return { name, calls: samples.length, meanUs: (totalMs * 1000) / samples.length, p50Us: at(0.5), p99Us: at(0.99), maxUs: at(1) };
}

const scenarios = makeScenarios();
const months = scenarios.reduce((total, s) => total + s.workload.horizonMonths, 0) / scenarios.length;
const results = [
  time("computeScenario", scenarios, (s) => computeScenario(s).months.length),
  time("computeSensitivity (±25%)", scenarios, (s) => computeSensitivity(s).rows.length),
  time("computeBreakEvenVolume", scenarios, (s) => computeBreakEvenVolume(s).requestsPerMonth ?? 0),
  time("validateScenario (zod, once per load)", scenarios, (s) => (validateScenario(s).ok ? 1 : 0)),
];

console.log(`TCO benchmark: ${SCENARIO_COUNT} random valid scenarios, mean horizon ${months.toFixed(1)} months, Node ${process.version}`);
console.log("mean µs per call (p50 / p99 / max in brackets; the mean includes the timer's own overhead)");
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(40)} ${r.meanUs.toFixed(1).padStart(8)} µs  [${r.p50Us.toFixed(1)} / ${r.p99Us.toFixed(1)} / ${r.maxUs.toFixed(1)}]  over ${r.calls} calls`,
  );
}
if (sink === Number.MIN_VALUE) console.log(sink);
