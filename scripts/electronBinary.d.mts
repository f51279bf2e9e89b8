/** Path to Electron's binary, or null when its download never happened. */
export declare function findElectronBinary(): string | null;
