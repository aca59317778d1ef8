/**
 * Organization forms that may not be contractors of the state social order (Law "On state social
 * order": political parties, trade unions, religious organizations), as people write them in
 * Russian, English and Kyrgyz. Matched as substrings of the normalised type, so "Политическая партия
 * «…»" or "Религиозное объединение" are caught. Stems are chosen so that eligible forms do not match
 * ("партнёрство" does not contain "партия", an "ассоциация" or "союз НКО" is not a trade union).
 */
const INELIGIBLE_STEMS: readonly string[] = [
  // ru
  "партия",
  "партии",
  "профсоюз",
  "профессиональный союз",
  "профессиональные союзы",
  "профессионального союза",
  "религиозн",
  "мечеть",
  "церковь",
  "церкви",
  "епархия",
  "храм",
  "монастырь",
  "синагога",
  "молельн",
  "конфессиональн",
  // en
  "political party",
  "trade union",
  "labor union",
  "labour union",
  "religious",
  "church",
  "mosque",
  // ky
  "саясий партия",
  "партиясы",
  "кесиптик бирлик",
  "кесиптик союз",
  "диний",
  "мечит",
  "чиркөө",
];

// Stems and types go through the same normalisation, so upper for lower case, or no space for one,
// would match alike: those mutants are equivalent.
function normalise(text: string): string {
  // Stryker disable next-line MethodExpression: see above.
  const lower = text.toLowerCase();
  // Stryker disable next-line StringLiteral: see above.
  const spaced = lower.replace(/[\s\u00a0]+/g, " ");
  // Stryker disable next-line MethodExpression: a blank type matches no stem, trimmed or not.
  return spaced.trim();
}

const NORMALISED_STEMS = INELIGIBLE_STEMS.map(normalise);

/**
 * False for political parties, trade unions and religious organizations; true for anything else,
 * including a blank type (whether a blank type is acceptable is another rule's question).
 * Case- and space-insensitive.
 */
export function isEligibleOrganizationType(type: string): boolean {
  const normalised = normalise(type);
  return !NORMALISED_STEMS.some((stem) => normalised.includes(stem));
}
