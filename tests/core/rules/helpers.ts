import { analyze } from "../../../src/core/analyze";
import type { Finding, GszInput, RuleId } from "../../../src/core/model";
import { buildInput, type InputSpec } from "../../support/build-input";

/** The findings of one rule when the whole engine (analyze) runs over an input. */
export function findingsIn(rule: RuleId, input: GszInput): Finding[] {
  return analyze(input).findings.filter((f) => f.rule === rule);
}

/** The findings of one rule over the input built from `spec` (defaults for everything not given). */
export function findingsOf(rule: RuleId, spec: InputSpec = {}): Finding[] {
  return findingsIn(rule, buildInput(spec));
}
