import packageJson from "../../../package.json" with { type: "json" };

export const appVersion: string = packageJson.version;

/** Pinned exactly in package.json; what the worker reports when it runs, known here when it cannot. */
export const nodeLlamaCppVersion: string = packageJson.dependencies["node-llama-cpp"];
