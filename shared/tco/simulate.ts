import { computeOperatingPoint, gpusNeededForPeak, peakGpuLoad } from "./capacity";
import { toCents } from "./money";
import { computeOneTimeCost } from "./oneTimeCost";
import type { OneTimeCost, OperatingPoint, ScenarioInput } from "./types";
import { HOURS_PER_MONTH, MONTHS_PER_YEAR, SECONDS_PER_MONTH, WATTS_PER_KILOWATT } from "./units";
import { vendorUsdPerRequest } from "./vendorPricing";

// The month loop behind computeScenario, sensitivity and break-even volume. It fills flat number arrays
// (index 0 = month 1) instead of row objects, because sensitivity and bisection run it dozens of times
// per slider move and only need a few of the numbers. Plain arrays, not Float64Array: V8 allocates a
// typed array about seven times slower, and allocation is most of this loop's cost.

export type Simulation = {
  horizonMonths: number;
  cutoverMonth: number;
  operatingPoint: OperatingPoint;
  oneTime: OneTimeCost;
  requests: number[];
  outputTokens: number[];
  selfHostVendorShare: number[];
  gpusNeeded: number[];
  gpusProvisioned: number[];
  serversProvisioned: number[];
  averageUtilizationShare: number[];
  vendorPathCents: number[];
  selfVendorCents: number[];
  hardwareCents: number[];
  powerCents: number[];
  peopleCents: number[];
  opsCents: number[];
  oneTimeCents: number[];
  selfTotalCents: number[];
  vendorCumulativeCents: number[];
  selfCumulativeCents: number[];
  totalOutputTokens: number;
  selfHostedOutputTokens: number;
};

const VENDOR_PATH = 0;
const SELF_VENDOR = 1;
const HARDWARE = 2;
const POWER = 3;
const PEOPLE = 4;
const OPS = 5;
const STREAM_COUNT = 6;

/** Runs the plan month by month. The input must have passed validateScenario. */
export function simulate(input: ScenarioInput): Simulation {
  const { workload, selfHost, hybrid, throughput } = input;
  const hardware = selfHost.hardware;
  const horizon = workload.horizonMonths;
  const cutoverMonth = input.project.monthsToCutover + 1;
  const fallbackEndMonth = cutoverMonth + hybrid.fallbackMonths;

  const operatingPoint = computeOperatingPoint(throughput, workload);
  if (operatingPoint === undefined) {
    throw new Error("No measured concurrency meets the service level; validate the scenario before computing it.");
  }
  const vendorUsdPerReq = vendorUsdPerRequest(workload, input.vendor);
  const oneTime = computeOneTimeCost(input);

  const sim: Simulation = {
    horizonMonths: horizon,
    cutoverMonth,
    operatingPoint,
    oneTime,
    requests: zeros(horizon),
    outputTokens: zeros(horizon),
    selfHostVendorShare: zeros(horizon),
    gpusNeeded: zeros(horizon),
    gpusProvisioned: zeros(horizon),
    serversProvisioned: zeros(horizon),
    averageUtilizationShare: zeros(horizon),
    vendorPathCents: zeros(horizon),
    selfVendorCents: zeros(horizon),
    hardwareCents: zeros(horizon),
    powerCents: zeros(horizon),
    peopleCents: zeros(horizon),
    opsCents: zeros(horizon),
    oneTimeCents: zeros(horizon),
    selfTotalCents: zeros(horizon),
    vendorCumulativeCents: zeros(horizon),
    selfCumulativeCents: zeros(horizon),
    totalOutputTokens: 0,
    selfHostedOutputTokens: 0,
  };

  spreadOneTimeCents(sim.oneTimeCents, toCents(oneTime.totalUsd), Math.min(Math.max(1, cutoverMonth - 1), horizon));

  const peopleUsdPerMonth = (selfHost.mlEngineerFteShare * selfHost.mlEngineerUsdPerYear) / MONTHS_PER_YEAR;
  const wattsPerGpu = selfHost.power.measuredAverageWattsPerGpu ?? selfHost.power.boardPowerWattsPerGpu * selfHost.power.boardPowerUtilizationShare;
  const powerUsdPerGpuMonth =
    ((wattsPerGpu * HOURS_PER_MONTH) / WATTS_PER_KILOWATT) * selfHost.power.powerUsageEffectiveness * selfHost.power.usdPerKwh;

  // Bought hardware: each purchase is amortized straight-line from the month it is bought; the expiring
  // array takes a purchase's amortization back out in the first month after its period ends.
  const bought = hardware.kind === "bought";
  const amortizationUsdPerGpu = bought ? (hardware.usdPerGpu * (1 - hardware.residualValueShare)) / hardware.amortizationMonths : 0;
  const amortizationUsdPerServer = bought ? (hardware.usdPerServer * (1 - hardware.residualValueShare)) / hardware.amortizationMonths : 0;
  const expiringUsd = bought ? zeros(horizon + 1) : undefined;
  let amortizationUsdPerMonth = 0;
  let ownedGpus = 0;
  let ownedServers = 0;
  const rentUsdPerGpuMonth =
    hardware.kind === "rented" ? hardware.usdPerGpuHour * hardware.billedHoursPerMonth * (1 - hardware.reservedDiscountShare) : 0;

  // Each cost stream is rounded on its running total and a month gets the difference, so months add up
  // to totals that are themselves correctly rounded (30 × $4,166.666… gives $125,000.00, not $125,000.10).
  const exactUsd = zeros(STREAM_COUNT);
  const emittedCents = zeros(STREAM_COUNT);
  const monthCents = (stream: number, usd: number): number => {
    exactUsd[stream] += usd;
    const cumulativeCents = toCents(exactUsd[stream]);
    const cents = cumulativeCents - emittedCents[stream];
    emittedCents[stream] = cumulativeCents;
    return cents;
  };

  const growthFactor = 1 + workload.monthlyGrowthShare;
  let requests = workload.requestsPerMonth;
  let vendorCumulative = 0;
  let selfCumulative = 0;

  for (let i = 0; i < horizon; i++) {
    const month = i + 1;
    const outputTokens = requests * workload.outputTokensPerRequest;
    const vendorCents = monthCents(VENDOR_PATH, requests * vendorUsdPerReq);
    sim.requests[i] = requests;
    sim.outputTokens[i] = outputTokens;
    sim.vendorPathCents[i] = vendorCents;
    sim.totalOutputTokens += outputTokens;

    let selfCents = sim.oneTimeCents[i];
    if (month < cutoverMonth) {
      sim.selfHostVendorShare[i] = 1;
      const selfVendorCents = monthCents(SELF_VENDOR, requests * vendorUsdPerReq);
      sim.selfVendorCents[i] = selfVendorCents;
      selfCents += selfVendorCents;
    } else {
      const vendorShare = month < fallbackEndMonth ? hybrid.fallbackVendorShare : hybrid.steadyVendorShare;
      const selfRequests = requests * (1 - vendorShare);
      const needed = gpusNeededForPeak(
        peakGpuLoad(selfRequests, workload.peakToAverageRatio, operatingPoint.gpuSecondsPerRequest),
        throughput.targetUtilizationShare,
      );
      const wanted = Math.max(needed, selfHost.minimumGpuCount);

      let gpus: number;
      let hardwareUsd: number;
      if (hardware.kind === "bought" && expiringUsd !== undefined) {
        amortizationUsdPerMonth -= expiringUsd[month];
        // Bought GPUs are kept when the load falls: they are sunk, and still being amortized.
        if (wanted > ownedGpus) {
          const servers = Math.ceil(wanted / hardware.gpusPerServer);
          const addedUsd = (wanted - ownedGpus) * amortizationUsdPerGpu + (servers - ownedServers) * amortizationUsdPerServer;
          amortizationUsdPerMonth += addedUsd;
          const endMonth = month + hardware.amortizationMonths;
          if (endMonth <= horizon) expiringUsd[endMonth] += addedUsd;
          ownedGpus = wanted;
          ownedServers = servers;
        }
        gpus = ownedGpus;
        hardwareUsd = amortizationUsdPerMonth;
        sim.serversProvisioned[i] = ownedServers;
      } else {
        gpus = wanted;
        hardwareUsd = gpus * rentUsdPerGpuMonth;
      }

      const selfVendorCents = monthCents(SELF_VENDOR, requests * vendorShare * vendorUsdPerReq);
      const hardwareCents = monthCents(HARDWARE, hardwareUsd);
      // A cloud GPU-hour already pays for power and cooling.
      const powerCents = bought ? monthCents(POWER, gpus * powerUsdPerGpuMonth) : 0;
      const peopleCents = monthCents(PEOPLE, peopleUsdPerMonth);
      const opsCents = monthCents(OPS, selfHost.opsUsdPerMonth);
      const averageGpuLoad = (selfRequests / SECONDS_PER_MONTH) * operatingPoint.gpuSecondsPerRequest;

      sim.selfHostVendorShare[i] = vendorShare;
      sim.gpusNeeded[i] = needed;
      sim.gpusProvisioned[i] = gpus;
      sim.averageUtilizationShare[i] = gpus > 0 ? averageGpuLoad / gpus : 0;
      sim.selfVendorCents[i] = selfVendorCents;
      sim.hardwareCents[i] = hardwareCents;
      sim.powerCents[i] = powerCents;
      sim.peopleCents[i] = peopleCents;
      sim.opsCents[i] = opsCents;
      sim.selfHostedOutputTokens += selfRequests * workload.outputTokensPerRequest;
      selfCents += selfVendorCents + hardwareCents + powerCents + peopleCents + opsCents;
    }

    vendorCumulative += vendorCents;
    selfCumulative += selfCents;
    sim.selfTotalCents[i] = selfCents;
    sim.vendorCumulativeCents[i] = vendorCumulative;
    sim.selfCumulativeCents[i] = selfCumulative;
    requests *= growthFactor;
  }
  return sim;
}

/** Spreads whole cents evenly over the first `months` entries; the remainder goes to the earliest months. */
function spreadOneTimeCents(target: number[], totalCents: number, months: number): void {
  const base = Math.floor(totalCents / months);
  const remainder = totalCents - base * months;
  for (let i = 0; i < months; i++) target[i] = base + (i < remainder ? 1 : 0);
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}
