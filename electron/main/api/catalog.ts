import type { HandlerMap } from "./dispatch";
import { loadCatalogs } from "../services/catalog/loadCatalogs";

export const catalogHandlers: HandlerMap<"catalog.get"> = {
  "catalog.get": () => loadCatalogs(),
};
