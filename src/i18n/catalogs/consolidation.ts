import type { CatalogSet } from "../types";

/**
 * The Сводка (WORKBOOK.md "Сводка"): the findings between programs (`rules.<id>`, each naming both
 * files), the sheets Сводка / Источники / Расхождения of the consolidation workbook (`consolidation.`)
 * and the command line's words for it (`cli.consolidate.`).
 */
export const consolidation: CatalogSet = {
  ru: {
    "rules.same-program-twice":
      "«{municipality}», {year}, «{program}» уже прочитана из файла {other}: вторая копия не включена в сводку, чтобы не посчитать программу дважды. Оставьте один из двух файлов.",
    "rules.duplicate-source":
      "Файл {file} — тот же файл, что {other} (то же содержимое, SHA-256 {sha256}): посчитан один раз.",
    "rules.same-project-funded-twice":
      "«{organization}» финансируется на проект «{project}» и в программе «{otherProgram}» ({otherMunicipality}, {otherYear}, файл {other}); сроки пересекаются: {start}–{end} и {otherStart}–{otherEnd}.",
    "rules.funded-with-grant-to-return":
      "«{organization}» финансируется в {year} году, а в программе «{otherProgram}» ({otherMunicipality}, {otherYear}, файл {other}) за ней числится грант к возврату {amount} сом.",
    
    "rules.funded-with-grant-to-return.report":
      "«{organization}» финансируется в {year} году, а в программе «{otherProgram}» ({otherMunicipality}, {otherYear}, файл {other}) у неё просрочен отчёт.",
  },
  en: {
    "rules.same-program-twice":
      "“{municipality}”, {year}, “{program}” was already read from {other}: this second copy is left out so the program is not counted twice. Keep one of the two files.",
    "rules.duplicate-source":
      "{file} is the same file as {other} (same content, SHA-256 {sha256}): counted once.",
    "rules.same-project-funded-twice":
      "“{organization}” is funded for the project “{project}” in the program “{otherProgram}” too ({otherMunicipality}, {otherYear}, file {other}); the periods overlap: {start}–{end} and {otherStart}–{otherEnd}.",
    "rules.funded-with-grant-to-return":
      "“{organization}” is funded in {year} while the program “{otherProgram}” ({otherMunicipality}, {otherYear}, file {other}) shows it with a grant of {amount} som to return.",
    
    "rules.funded-with-grant-to-return.report":
      "“{organization}” is funded in {year} while the program “{otherProgram}” ({otherMunicipality}, {otherYear}, file {other}) shows it with an overdue report.",
  },
  ky: {
    "rules.same-program-twice":
      "«{municipality}», {year}, «{program}» {other} файлынан окулган: программа эки жолу эсептелбеши үчүн экинчи нуска жыйынтыкка кирген жок. Эки файлдын бирин калтырыңыз.",
    "rules.duplicate-source":
      "{file} файлы {other} файлы менен бирдей (SHA-256 {sha256}): бир жолу эсептелди.",
    "rules.same-project-funded-twice":
      "«{organization}» «{project}» долбоору үчүн «{otherProgram}» программасында да каржыланат ({otherMunicipality}, {otherYear}, {other} файлы); мөөнөттөр кесилишет: {start}–{end} жана {otherStart}–{otherEnd}.",
    "rules.funded-with-grant-to-return":
      "«{organization}» {year}-жылы каржыланат, бирок «{otherProgram}» программасында ({otherMunicipality}, {otherYear}, {other} файлы) анын кайтарыла турган {amount} сом гранты бар.",
    
    "rules.funded-with-grant-to-return.report":
      "«{organization}» {year}-жылы каржыланат, бирок «{otherProgram}» программасында ({otherMunicipality}, {otherYear}, {other} файлы) анын мөөнөтү өткөн отчёту бар.",
  },
};
