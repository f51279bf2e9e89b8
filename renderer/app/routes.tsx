import type { ReactElement } from "react";
import { BenchPage } from "../features/bench/BenchPage";
import { CatalogPage } from "../features/catalog/CatalogPage";
import { ComparePage } from "../features/compare/ComparePage";
import { HardwarePage } from "../features/hardware/HardwarePage";
import { TcoPage } from "../features/tco/TcoPage";

export type Route = { path: string; label: string; render: () => ReactElement };

/** Pages in navigation order; each feature folder owns its page. */
export const ROUTES: Route[] = [
  { path: "hardware", label: "Hardware", render: () => <HardwarePage /> },
  { path: "bench", label: "Benchmark", render: () => <BenchPage /> },
  { path: "catalog", label: "Catalog", render: () => <CatalogPage /> },
  { path: "compare", label: "Compare hardware", render: () => <ComparePage /> },
  { path: "tco", label: "TCO & payback", render: () => <TcoPage /> },
];
