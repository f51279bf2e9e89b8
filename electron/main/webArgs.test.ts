import { describe, expect, it } from "vitest";
import { DEFAULT_PORT, parseWebArgs, WebArgsError } from "./webArgs";

const parse = (argv: string[]) => parseWebArgs(argv, {});
const refusal = (argv: string[]): string => {
  try {
    parse(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(WebArgsError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(" ")} was accepted`);
};

describe("parseWebArgs", () => {
  it("uses the fixed default port and takes --port in both spellings", () => {
    expect(parse([]).port).toBe(DEFAULT_PORT);
    expect(parse(["--port", "48000"]).port).toBe(48000);
    expect(parse(["--port=48001"]).port).toBe(48001);
    expect(parse(["--port", "1"]).port).toBe(1);
    expect(parse(["--port", "65535"]).port).toBe(65535);
  });
  it("refuses a bare --port, saying what to type", () => {
    expect(refusal(["--port"])).toMatch(/^--port needs a port number after it, for example --port 48000/);
    expect(refusal(["--port="])).toMatch(/^--port needs a port number/);
    expect(refusal(["--port", "--help"])).toMatch(/^--port needs a port number/);
  });
  it("refuses a port that is not a whole number from 1 to 65535", () => {
    for (const value of ["abc", "0", "65536", "80.5", "1e3", " 80", "0x50", "-1"]) {
      expect(refusal(["--port", value]), value).toMatch(value === "-1" ? /needs a port number/ : /from 1 to 65535, not ".*"; for example --port 48000/);
    }
  });
  it("refuses unknown options and stray arguments instead of ignoring them", () => {
    expect(refusal(["--prot", "48000"])).toMatch(/^Unknown option "--prot"\. Web mode takes only --port/);
    expect(refusal(["48000"])).toMatch(/^Unknown argument "48000"/);
    expect(refusal(["--web"])).toMatch(/Unknown option "--web"/);
  });
  it("ends every refusal with the usage", () => {
    expect(refusal(["--nope"])).toContain("Usage: npm start -- [--web] [--port <1-65535>]");
  });
  it("takes --help, and a token from the environment only when it is long enough", () => {
    expect(parse(["--help"]).help).toBe(true);
    expect(parseWebArgs([], { BREAKEVEN_TOKEN: "0123456789abcdef" }).token).toBe("0123456789abcdef");
    expect(parseWebArgs([], { BREAKEVEN_TOKEN: "short" }).token).not.toBe("short");
  });
});
