import { describe, expect, it } from "vitest";
import { variablePath } from "./use-input-error-paths.ts";

describe("variablePath", () => {
  it("reads the path of a nested field out of graphql-js's message", () => {
    const message = 'Variable "$input" got invalid value "2016-02-30" at "input.props[0].date"; Expected type "Date". no';
    expect(variablePath(message)).toEqual(["input", "props", 0, "date"]);
  });

  it("names the variable itself when the whole value is bad", () => {
    expect(variablePath('Variable "$validTo" got invalid value "x"; Expected type "Date".')).toEqual(["validTo"]);
  });

  it("leaves other messages alone", () => {
    expect(variablePath("Cannot query field")).toBeUndefined();
  });
});
