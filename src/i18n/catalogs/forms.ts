import type { CatalogSet } from "../types";

/**
 * Messages of the scoring forms (WORKBOOK.md "Scoring forms"): the form's hint, reading filled forms
 * back (CLI `run --scores`, the pane's "Collect scores"), `gsz forms` and the pane's buttons.
 * Keys start with `forms.`.
 */
export const forms: CatalogSet = {
  ru: {
    "forms.hint":
      "Баллы: число от 0 до максимума критерия (в заголовке). «отвод» — конфликт интересов: эту заявку член комиссии не оценивает.",
    "forms.read.not-a-form":
      "Лист «{sheet}» — не оценочный лист: в ячейке A1 должен быть заголовок «Оценочный лист».",
    "forms.read.no-form-in-file":
      "{file}: в файле нет оценочного листа (лист с заголовком «Оценочный лист» в A1).",
    "forms.read.no-member":
      "Оценочный лист «{sheet}»: не указан член комиссии (строка «Член комиссии | ФИО» над таблицей).",
    "forms.read.member-unknown":
      "Оценочный лист «{sheet}»: «{member}» нет на листе «Комиссия»; оценки не могут быть учтены.",
    "forms.read.criterion-unknown":
      "Столбец «{column}» оценочного листа — не критерий листа «Критерии»; лист составлен для других критериев.",
    "forms.read.criterion-max":
      "Критерий {criterion}: в оценочном листе максимум {form}, а на листе «Критерии» — {criteria}; лист составлен для других критериев.",
    "forms.read.criterion-missing":
      "В оценочном листе нет столбца критерия {criterion} с листа «Критерии»; лист составлен для других критериев.",
    "forms.read.no-stamp":
      "Оценочный лист «{sheet}»: нет скрытой отметки gsz о том, для кого выписан лист, поэтому нельзя проверить, что его подписал «{member}». Выпишите листы заново (gsz forms или «Создать оценочные листы») и перенесите в них баллы.",
    "forms.read.member-changed":
      "Оценочный лист «{sheet}» выписан для «{written}», а в нём указан член комиссии «{member}»: лист подписан не тем, для кого он выписан. Верните имя «{written}» или используйте лист, выписанный для «{member}».",
    "forms.read.application-unknown":
      "Заявки {application} нет на листе «Заявки»: подписанный лист оценивает заявку, которой нет в конкурсе.",
    "forms.read.application-twice":
      "Заявка {application} второй раз в одном оценочном листе (первый раз — {other}): неясно, какие баллы подписаны. Оставьте одну строку.",
    "forms.read.score-out-of-range":
      "Балл {score} по критерию {criterion} вне допустимого (от 0 до {max}): подписанный балл не может быть учтён. Исправьте его в листе.",
    "forms.read.total-differs":
      "Итого «{total}» не равно сумме баллов строки ({sum}): подписанный итог расходится с тем, что будет учтено. Исправьте баллы или итог.",
    "forms.duplicate":
      "Член комиссии «{member}» оценил заявку {application} дважды: здесь и в {other}. Оставьте одну из двух строк.",
    "forms.copy-note":
      "Копия значений оценочного листа «{sheet}» из файла {file}, прочитанных {time}: только значения, в тех же ячейках.",
    "forms.usage.missing-out-dir": "Команде forms нужен параметр --out-dir <папка>",
    "forms.usage.missing-scores": "После --scores укажите хотя бы один оценочный лист (.xlsx)",
    "forms.cli.not-a-folder": "{dir}: это не папка (там файл): укажите папку для оценочных листов.",
    "forms.cli.folder-failed": "{dir}: папку не удалось создать ({reason}).",
    "forms.cli.no-members": "На листе «Комиссия» нет ни одного члена комиссии: оценочные листы не созданы.",
    "forms.cli.written": "Оценочные листы ({count}) записаны в {dir}:",
    "forms.collect.no-column":
      "На листе «{sheet}» нет столбца критерия {criterion}: оценки из оценочных листов некуда записать.",
    "forms.ui.title": "Оценочные листы",
    "forms.ui.create": "Создать оценочные листы",
    "forms.ui.collect-files": "Собрать из файлов…",
    "forms.ui.protocol": "Открыть протокол заседания",
    "forms.ui.collect": "Собрать оценки",
    "forms.ui.created": "Созданы оценочные листы ({count}): {sheets}",
    "forms.ui.collected": "Добавлено строк на лист «{sheet}»: {rows} (из листов: {forms})",
    "forms.ui.no-forms":
      "В книге нет заполненных оценочных листов (листов с заголовком «Оценочный лист» в A1).",
    "forms.ui.no-members": "На листе «Комиссия» нет ни одного члена комиссии.",
    "forms.ui.unsupported": "Эта версия Excel не позволяет дописать строки на лист «{sheet}».",
    "forms.ui.problems": "Оценки не собраны, книга не изменена (проблем: {count}):",
  },
  en: {
    "forms.hint":
      "Scores: a number from 0 to the criterion's maximum (in the header). «recused»: a conflict of interest, the member does not score this application.",
    "forms.read.not-a-form": "Sheet '{sheet}' is not a scoring form: A1 must hold the title 'Scoring form'.",
    "forms.read.no-form-in-file":
      "{file}: the file holds no scoring form (a sheet with 'Scoring form' in A1).",
    "forms.read.no-member":
      "Scoring form '{sheet}': no commission member named (the row 'Member | name' above the table).",
    "forms.read.member-unknown":
      "Scoring form '{sheet}': '{member}' is not on the Commission sheet; the scores cannot count.",
    "forms.read.criterion-unknown":
      "Column '{column}' of the scoring form is not a criterion of the Criteria sheet; the form was made for other criteria.",
    "forms.read.criterion-max":
      "Criterion {criterion}: the scoring form's maximum is {form}, the Criteria sheet's is {criteria}; the form was made for other criteria.",
    "forms.read.criterion-missing":
      "The scoring form has no column for criterion {criterion} of the Criteria sheet; the form was made for other criteria.",
    "forms.read.no-stamp":
      "Scoring form '{sheet}' holds no hidden gsz stamp of whom it was written for, so nothing shows that '{member}' signed it. Write the forms again (gsz forms or 'Create scoring forms') and copy the scores into them.",
    "forms.read.member-changed":
      "Scoring form '{sheet}' was written for '{written}' but names member '{member}': it is signed by someone other than the member it was written for. Put back '{written}' or use the form written for '{member}'.",
    "forms.read.application-unknown":
      "Application {application} is not on the Applications sheet: the signed form scores an application that is not in the competition.",
    "forms.read.application-twice":
      "Application {application} is in the same scoring form a second time (first at {other}): which scores were signed is unclear. Keep one row.",
    "forms.read.score-out-of-range":
      "Score {score} for criterion {criterion} is out of range (0 to {max}): the signed score cannot count. Correct it on the form.",
    "forms.read.total-differs":
      "Total '{total}' is not the sum of the row's scores ({sum}): the signed total differs from what would be counted. Correct the scores or the total.",
    "forms.duplicate":
      "Member '{member}' scored application {application} twice: here and at {other}. Keep one of the two rows.",
    "forms.copy-note":
      "Copy of the values of scoring form '{sheet}' of {file}, read {time}: values only, in the same cells.",
    "forms.usage.missing-out-dir": "forms needs --out-dir <folder>",
    "forms.usage.missing-scores": "--scores needs at least one scoring form (.xlsx)",
    "forms.cli.not-a-folder":
      "{dir}: this is not a folder (a file is there): name a folder for the scoring forms.",
    "forms.cli.folder-failed": "{dir}: the folder could not be created ({reason}).",
    "forms.cli.no-members": "The Commission sheet names no member: no scoring forms written.",
    "forms.cli.written": "Scoring forms ({count}) written to {dir}:",
    "forms.collect.no-column":
      "Sheet '{sheet}' has no column for criterion {criterion}: the scores of the forms have nowhere to go.",
    "forms.ui.title": "Scoring forms",
    "forms.ui.create": "Create scoring forms",
    "forms.ui.collect-files": "Collect from files…",
    "forms.ui.protocol": "Open the meeting's protocol",
    "forms.ui.collect": "Collect scores",
    "forms.ui.created": "Scoring forms created ({count}): {sheets}",
    "forms.ui.collected": "Rows added to sheet '{sheet}': {rows} (from sheets: {forms})",
    "forms.ui.no-forms": "The workbook holds no filled scoring form (a sheet with 'Scoring form' in A1).",
    "forms.ui.no-members": "The Commission sheet names no member.",
    "forms.ui.unsupported": "This version of Excel cannot append rows to sheet '{sheet}'.",
    "forms.ui.problems": "Scores not collected, the workbook is unchanged ({count} problems):",
  },
  ky: {
    "forms.hint":
      "Баллдар: 0дон критерийдин максимумуна чейинки сан (баш сапта). «отвод» — кызыкчылыктардын кагылышуусу: комиссиянын мүчөсү бул арызды баалабайт.",
    "forms.read.not-a-form":
      "«{sheet}» барагы баалоо баракчасы эмес: A1 уячасында «Баалоо баракчасы» деген аталыш болушу керек.",
    "forms.read.no-form-in-file":
      "{file}: файлда баалоо баракчасы жок (A1де «Баалоо баракчасы» деген барак).",
    "forms.read.no-member":
      "«{sheet}» баалоо баракчасы: комиссиянын мүчөсү көрсөтүлгөн эмес (таблицанын үстүндөгү «Комиссиянын мүчөсү | аты-жөнү» сабы).",
    "forms.read.member-unknown":
      "«{sheet}» баалоо баракчасы: «{member}» «Комиссия» барагында жок; баалар эсепке алынбайт.",
    "forms.read.criterion-unknown":
      "Баалоо баракчасынын «{column}» мамычасы «Критерийлер» барагындагы критерий эмес; баракча башка критерийлер үчүн түзүлгөн.",
    "forms.read.criterion-max":
      "{criterion} критерийи: баалоо баракчасында максимум {form}, «Критерийлер» барагында — {criteria}; баракча башка критерийлер үчүн түзүлгөн.",
    "forms.read.criterion-missing":
      "Баалоо баракчасында «Критерийлер» барагындагы {criterion} критерийинин мамычасы жок; баракча башка критерийлер үчүн түзүлгөн.",
    "forms.read.no-stamp":
      "«{sheet}» баалоо баракчасында ал ким үчүн жазылганы тууралуу gsz жашыруун белгиси жок, ошондуктан ага «{member}» кол койгонун текшерүүгө болбойт. Баракчаларды кайра жазып (gsz forms же «Баалоо баракчаларын түзүү»), баллдарды аларга которуңуз.",
    "forms.read.member-changed":
      "«{sheet}» баалоо баракчасы «{written}» үчүн жазылган, бирок анда комиссиянын мүчөсү «{member}» көрсөтүлгөн: баракчага ал жазылган адам эмес башка адам кол койгон. «{written}» атын кайтарыңыз же «{member}» үчүн жазылган баракчаны колдонуңуз.",
    "forms.read.application-unknown":
      "{application} арызы «Арыздар» барагында жок: кол коюлган баракча конкурста жок арызды баалайт.",
    "forms.read.application-twice":
      "{application} арызы бир баалоо баракчасында экинчи жолу (биринчиси — {other}): кайсы баллдарга кол коюлганы түшүнүксүз. Бир сапты калтырыңыз.",
    "forms.read.score-out-of-range":
      "{criterion} критерийи боюнча {score} балл уруксат берилгенден тышкары (0дон {max}го чейин): кол коюлган балл эсепке алынбайт. Аны баракчада оңдоңуз.",
    "forms.read.total-differs":
      "«{total}» жыйынтыгы саптын баллдарынын суммасына ({sum}) барабар эмес: кол коюлган жыйынтык эсепке алына турган нерседен айырмаланат. Баллдарды же жыйынтыкты оңдоңуз.",
    "forms.duplicate":
      "Комиссиянын мүчөсү «{member}» {application} арызын эки жолу баалаган: бул жерде жана {other}. Эки саптын бирин калтырыңыз.",
    "forms.copy-note":
      "{file} файлынын «{sheet}» баалоо баракчасынын маанилеринин көчүрмөсү, {time} окулган: маанилер гана, ошол эле уячаларда.",
    "forms.usage.missing-out-dir": "forms буйругуна --out-dir <папка> параметри керек",
    "forms.usage.missing-scores":
      "--scores параметринен кийин жок дегенде бир баалоо баракчасын (.xlsx) көрсөтүңүз",
    "forms.cli.not-a-folder":
      "{dir}: бул папка эмес (ал жерде файл бар): баалоо баракчалары үчүн папканы көрсөтүңүз.",
    "forms.cli.folder-failed": "{dir}: папканы түзүү мүмкүн болгон жок ({reason}).",
    "forms.cli.no-members": "«Комиссия» барагында бир да мүчө жок: баалоо баракчалары түзүлгөн жок.",
    "forms.cli.written": "Баалоо баракчалары ({count}) {dir} папкасына жазылды:",
    "forms.collect.no-column":
      "«{sheet}» барагында {criterion} критерийинин мамычасы жок: баалоо баракчаларындагы бааларды жазууга жер жок.",
    "forms.ui.title": "Баалоо баракчалары",
    "forms.ui.create": "Баалоо баракчаларын түзүү",
    "forms.ui.collect-files": "Файлдардан чогултуу…",
    "forms.ui.protocol": "Жыйындын протоколун ачуу",
    "forms.ui.collect": "Бааларды чогултуу",
    "forms.ui.created": "Баалоо баракчалары түзүлдү ({count}): {sheets}",
    "forms.ui.collected": "«{sheet}» барагына кошулган саптар: {rows} (барактардан: {forms})",
    "forms.ui.no-forms": "Китепте толтурулган баалоо баракчасы жок (A1де «Баалоо баракчасы» деген барак).",
    "forms.ui.no-members": "«Комиссия» барагында бир да мүчө жок.",
    "forms.ui.unsupported": "Excelдин бул версиясы «{sheet}» барагына сап кошууга мүмкүндүк бербейт.",
    "forms.ui.problems": "Баалар чогултулган жок, китеп өзгөргөн жок (көйгөйлөр: {count}):",
  },
};
