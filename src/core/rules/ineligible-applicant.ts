import type { Finding } from "../model";
import { isEligibleOrganizationType } from "../eligibility";
import { finding } from "./finding";
import type { RuleContext } from "./types";

/**
 * ineligible-applicant (error, Заявки Вид организации): political parties, trade unions and religious
 * organizations may not be contractors of the state social order (Law No. 70, 2017).
 */
export function ineligibleApplicant({ input }: RuleContext): Finding[] {
  return input.applications
    .filter((application) => !isEligibleOrganizationType(application.organizationType))
    .map((application) =>
      finding("ineligible-applicant", "error", {
        address: application.cells.organizationType,
        params: {
          application: application.id,
          organization: application.organization,
          type: application.organizationType,
        },
        actual: application.organizationType,
      }),
    );
}
