import { useRef } from "react";
import { gpuPriceProvenance } from "../../../shared/catalog/gpuEdits";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { defaultRentedHardware, defaultScenario, type HardwareInput } from "../../../shared/tco";
import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";
import { representativeUsd } from "../../../shared/catalog/gpus";

type Props = SectionProps & {
  gpus: readonly GpuEntry[];
  /** The catalog GPU the prices still match, if any. */
  gpu: GpuEntry | undefined;
  onPickGpu: (gpu: GpuEntry) => void;
  gpuNotes: readonly string[];
};

function gpuOption(gpu: GpuEntry): string {
  const buy = representativeUsd(gpu.purchaseUsd);
  const rent = representativeUsd(gpu.cloudUsdPerHour);
  const prices = [buy === null ? null : `$${buy.toLocaleString("en-US")}`, rent === null ? null : `$${rent}/h`].filter(Boolean).join(" · ");
  return `${gpu.label} · ${gpu.vramGb} GB${prices ? ` · ${prices}` : ""} · ${gpuPriceProvenance(gpu)}`;
}

export function SelfHostSection(props: Props) {
  const hardware = props.input.selfHost.hardware;
  // Switching bought ↔ rented and back restores what was typed for the other kind in this session.
  const other = useRef<Partial<Record<HardwareInput["kind"], HardwareInput>>>({});
  const switchTo = (kind: HardwareInput["kind"]) => {
    if (kind === hardware.kind) return;
    other.current[hardware.kind] = hardware;
    const fallback = kind === "rented" ? withGpuRent(defaultRentedHardware(), props.gpu) : defaultScenario().selfHost.hardware;
    props.onField("selfHost.hardware", other.current[kind] ?? fallback);
  };
  return (
    <FormSection title="Self-host" hint="Where the distilled model runs. The article suggests a cloud GPU for a first proof." testId="section-self-host">
      <div className="span-all segmented" role="radiogroup" aria-label="Hardware">
        {(["bought", "rented"] as const).map((kind) => (
          <button key={kind} type="button" role="radio" aria-checked={hardware.kind === kind} className={hardware.kind === kind ? "on" : ""} onClick={() => switchTo(kind)}>
            {kind === "bought" ? "Bought GPUs" : "Rented cloud GPUs"}
          </button>
        ))}
      </div>
      <label className="span-all">
        GPU
        <select value={props.gpu?.id ?? ""} onChange={(event) => pickById(props, event.target.value)} data-testid="gpu-model" disabled={props.gpus.length === 0}>
          <option value="">Your own prices (no catalog GPU matches)</option>
          {props.gpus.map((gpu) => (
            <option key={gpu.id} value={gpu.id}>
              {gpuOption(gpu)}
            </option>
          ))}
        </select>
      </label>
      {props.gpuNotes.map((note) => (
        <p key={note} className="span-all small notice notice-info">
          {note}
        </p>
      ))}
      {hardware.kind === "bought" ? (
        <>
          <NumberField label="Price per GPU" unit="$" {...bind(props, "selfHost.hardware.usdPerGpu")} hint="Your quote beats a launch price." />
          <NumberField label="Price per server" unit="$ (without GPUs)" {...bind(props, "selfHost.hardware.usdPerServer")} />
          <NumberField label="GPUs per server" unit="GPUs" {...bind(props, "selfHost.hardware.gpusPerServer")} />
          <NumberField label="Amortization" unit="months" {...bind(props, "selfHost.hardware.amortizationMonths")} />
          <NumberField label="Residual value" unit="% of price" percent {...bind(props, "selfHost.hardware.residualValueShare")} />
        </>
      ) : (
        <>
          <NumberField label="Cloud price" unit="$/GPU-hour" {...bind(props, "selfHost.hardware.usdPerGpuHour")} />
          <NumberField label="Billed hours" unit="hours/month" {...bind(props, "selfHost.hardware.billedHoursPerMonth")} hint="730 is always on." />
          <NumberField label="Reserved discount" unit="%" percent {...bind(props, "selfHost.hardware.reservedDiscountShare")} />
        </>
      )}
      <NumberField label="Minimum GPUs" unit="GPUs" {...bind(props, "selfHost.minimumGpuCount")} hint="Kept whatever the load, for redundancy." />
      <NumberField label="Ops overhead" unit="$/month" {...bind(props, "selfHost.opsUsdPerMonth")} hint="Monitoring, on-call, hosting space." />
    </FormSection>
  );
}

function pickById(props: Props, id: string) {
  const gpu = props.gpus.find((candidate) => candidate.id === id);
  if (gpu) props.onPickGpu(gpu);
}

function withGpuRent(hardware: HardwareInput, gpu: GpuEntry | undefined): HardwareInput {
  const rent = gpu === undefined ? null : representativeUsd(gpu.cloudUsdPerHour);
  return hardware.kind === "rented" && rent !== null ? { ...hardware, usdPerGpuHour: rent } : hardware;
}
