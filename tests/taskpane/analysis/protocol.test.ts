import Decimal from "decimal.js";
import { analyze } from "../../../src/core/analyze";
import type { GszInput } from "../../../src/core/model";
import {
  analyzeRequest,
  answerRequest,
  decode,
  encode,
  resultOf,
  type AnalyzeResponse,
} from "../../../src/taskpane/analysis/protocol";
import { buildInput } from "../../support/build-input";

describe("the analysis worker's messages", () => {
  const input = buildInput();

  it("carry every Decimal through a structured clone, exactly", () => {
    const cloned = structuredClone(encode(input));
    const back = decode(cloned) as GszInput;
    expect(encode(back)).toEqual(encode(input));
    const application = back.applications[0];
    expect(application?.sources.grant).toBeInstanceOf(Decimal);
    expect(application?.sources.grant.equals(input.applications[0]?.sources.grant ?? -1)).toBe(true);
    // without the encoding, postMessage's structured clone refuses the input: what the protocol exists for
    expect(() => structuredClone(input)).toThrow();
  });

  it("keep digits a float would lose", () => {
    const exact = new Decimal("12345678901234567890.123456789");
    expect((decode(structuredClone(encode({ a: [exact] }))) as { a: Decimal[] }).a[0]?.toString()).toBe(
      exact.toString(),
    );
    expect(decode(encode({ $decimal: 5, other: "x" }))).toEqual({ $decimal: 5, other: "x" });
  });

  it("give the worker's result equal to the direct analysis", () => {
    const request = structuredClone(analyzeRequest(7, input));
    const response = structuredClone(answerRequest(request));
    expect(response.id).toBe(7);
    expect(encode(resultOf(response))).toEqual(encode(analyze(input)));
  });

  it("bring a failure in the worker back as an error", () => {
    const response = answerRequest({ id: 3, input: { broken: true } });
    expect("error" in response).toBe(true);
    expect(() => resultOf(response as AnalyzeResponse)).toThrow(/^analysis worker: /);
  });
});
