import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../../shared/api/errors";
import { createDispatcher } from "./dispatch";

const context = { emit: () => {} };

describe("dispatcher", () => {
  it("refuses a method registered twice", () => {
    const handler = async () => ({}) as never;
    expect(() => createDispatcher({ "system.describe": handler }, { "system.describe": handler })).toThrow(/Two handlers/);
  });

  it("answers an unknown method as data, not an exception", async () => {
    const result = await createDispatcher().dispatch("nope.nothing", null, context);
    expect(result).toEqual({ ok: false, error: { code: "UNKNOWN_METHOD", message: 'There is no API method "nope.nothing".' } });
  });

  it("keeps an ApiFailure's code and message and drops the stack", async () => {
    const dispatcher = createDispatcher({
      "system.describe": async () => {
        throw new ApiFailure("FILE_NOT_FOUND", "No file at /x.gguf.");
      },
    });
    const result = await dispatcher.dispatch("system.describe", null, context);
    expect(result).toEqual({ ok: false, error: { code: "FILE_NOT_FOUND", message: "No file at /x.gguf." } });
    expect(JSON.stringify(result)).not.toContain("stack");
    expect(Object.keys((result as { error: object }).error)).toEqual(["code", "message"]);
  });

  it("wraps an unexpected error as INTERNAL with the method named", async () => {
    const dispatcher = createDispatcher({
      "system.describe": async () => {
        throw new TypeError("boom");
      },
    });
    const original = console.error;
    console.error = () => {};
    const result = await dispatcher.dispatch("system.describe", null, context).finally(() => (console.error = original));
    expect(result).toEqual({ ok: false, error: { code: "INTERNAL", message: "system.describe failed unexpectedly: boom" } });
  });
});
