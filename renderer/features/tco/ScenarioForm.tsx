import { useState } from "react";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import type { ScenarioInput, VendorInput } from "../../../shared/tco";
import type { CatalogPicks, ThroughputSource } from "../../db/db";
import type { SectionProps } from "./FormSection";
import { HybridSection } from "./HybridSection";
import { PeopleSection } from "./PeopleSection";
import { PowerSection } from "./PowerSection";
import { ProjectSection } from "./ProjectSection";
import { SelfHostSection } from "./SelfHostSection";
import { ThroughputSection } from "./ThroughputSection";
import { VendorSection } from "./VendorSection";
import { WorkloadSection } from "./WorkloadSection";

export type ScenarioFormProps = SectionProps & {
  source: ThroughputSource;
  vendors: readonly MergedVendorEntry[];
  gpus: readonly GpuEntry[];
  catalogStatus: string;
  gpu: GpuEntry | undefined;
  gpuNotes: readonly string[];
  onPickGpu: (gpu: GpuEntry) => void;
  onReplace: (input: ScenarioInput, source?: ThroughputSource) => void;
  picks: CatalogPicks;
  onPick: (input: ScenarioInput, picks: CatalogPicks) => void;
};

/** The scenario's inputs, one section per part of the model, in the order a team fills them. */
export function ScenarioForm(props: ScenarioFormProps) {
  const section: SectionProps = { input: props.input, onField: props.onField, errors: props.errors };
  // Notes about a pick (no batch price…) matter right after it, not after a reload: kept in memory only.
  const [vendorNotes, setVendorNotes] = useState<string[]>([]);
  const onVendor = (vendor: VendorInput, vendorModelId: string, notes: string[]) => {
    setVendorNotes(notes);
    props.onPick({ ...props.input, vendor }, { vendorModelId });
  };
  return (
    <form className="tco-form" aria-label="Scenario inputs" onSubmit={(event) => event.preventDefault()}>
      <WorkloadSection {...section} />
      <VendorSection {...section} vendors={props.vendors} catalogStatus={props.catalogStatus} pickedId={props.picks.vendorModelId} notes={vendorNotes} onVendor={onVendor} />
      <SelfHostSection {...section} gpus={props.gpus} gpu={props.gpu} onPickGpu={props.onPickGpu} gpuNotes={props.gpuNotes} />
      <PowerSection {...section} />
      <PeopleSection {...section} />
      <ProjectSection {...section} />
      <ThroughputSection {...section} source={props.source} gpu={props.gpu} gpus={props.gpus} onReplace={props.onReplace} />
      <HybridSection {...section} />
    </form>
  );
}
