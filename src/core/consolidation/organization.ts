/**
 * Recognising the same organization (and the same project) across programs: by ИНН when both sides have
 * one, else by the name with case, quotes, spaces, punctuation and the legal form ignored (WORKBOOK.md,
 * the ИНН column of Заявки).
 */

/** Legal forms and the words people write them with, as whole words (already lower-case, ё as е). */
const LEGAL_FORMS = [
  "общественный фонд",
  "общественное объединение",
  "общественная организация",
  "общественное учреждение",
  "общество с ограниченной ответственностью",
  "частное учреждение",
  "учреждение",
  "объединение юридических лиц",
  "некоммерческая организация",
  "ассоциация",
  "фонд",
  "осоо",
  "оюл",
  "ооо",
  "оф",
  "оо",
  "по",
  "чу",
  "нко",
  "нпо",
  "ого",
  "коомдук фонд",
  "коомдук бирикме",
  "кф",
  "кб",
  "public foundation",
  "public association",
  "foundation",
  "association",
  "ngo",
  "pf",
  "pa",
];

const LETTERS = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, "е").match(LETTERS) ?? [];
}

const FORM_WORDS = LEGAL_FORMS.map((form) => form.split(" "));

/** The words of a name without its legal form, wherever it stands (ОФ «Ак-Ниет», «Ак-Ниет» КФ). */
function withoutLegalForm(list: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < list.length) {
    const form = FORM_WORDS.find((f) => f.every((w, k) => list[i + k] === w));
    if (form) i += form.length;
    else out.push(list[i++] ?? "");
  }
  // A name that is only a legal form ("Фонд") keeps its words: an empty key would match every name.
  return out.length > 0 ? out : [...list];
}

/** The name as compared: lower case, letters and digits only, no legal form. */
export function organizationKey(name: string): string {
  return withoutLegalForm(words(name)).join("");
}

/** A project's title as compared: lower case, letters and digits only. */
export function projectKey(title: string): string {
  return words(title).join("");
}

/** A municipality's or program's name as compared: lower case, letters and digits only. */
export function nameKey(name: string): string {
  return words(name).join("");
}

/** Two organizations are the same: same ИНН when both have one, else the same name key. */
export function sameOrganization(
  a: { readonly organization: string; readonly tin?: string },
  b: { readonly organization: string; readonly tin?: string },
): boolean {
  if (a.tin !== undefined && b.tin !== undefined) return a.tin === b.tin;
  return organizationKey(a.organization) === organizationKey(b.organization);
}
