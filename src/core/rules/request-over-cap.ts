import type { Finding } from "../model";
import { finding, som } from "./finding";
import type { RuleContext } from "./types";

/**
 * request-over-cap, at the application's Грант cell:
 * - error when the grant asked exceeds the direction's Макс. на проект;
 * - warning (variant `allocation`) when the direction has no per-project cap but the grant exceeds the
 *   direction's whole Выделено, so it can never be funded as asked.
 * Exactly the cap does not fire; an unknown direction is direction-unknown's business.
 */
export function requestOverCap({ input, lookup }: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const application of input.applications) {
    const direction = lookup.direction(application.direction);
    if (!direction) continue;
    const grant = application.sources.grant;
    const params = { application: application.id, direction: direction.code, grant: som(grant) };
    if (direction.maxPerProject) {
      if (grant.greaterThan(direction.maxPerProject)) {
        found.push(
          finding("request-over-cap", "error", {
            address: application.cells.grant,
            params: { ...params, cap: som(direction.maxPerProject) },
            expected: som(direction.maxPerProject),
            actual: som(grant),
          }),
        );
      }
    } else if (grant.greaterThan(direction.allocated)) {
      found.push(
        finding("request-over-cap", "warning", {
          address: application.cells.grant,
          variant: "allocation",
          params: { ...params, cap: som(direction.allocated) },
          expected: som(direction.allocated),
          actual: som(grant),
        }),
      );
    }
  }
  return found;
}
