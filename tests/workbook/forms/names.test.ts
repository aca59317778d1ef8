import { formFileNames, formSheetNames, formSourceName } from "../../../src/workbook/forms";

describe("names of scoring forms", () => {
  it("names each member's file after the member, safely, never twice (case ignored)", () => {
    expect(formFileNames(["Иванов А.Б.", "иванов а.б.", "a/b:c*?", "CON", "", " . "])).toEqual([
      "Иванов А.Б.xlsx",
      "иванов а.б (2).xlsx",
      "a_b_c__.xlsx",
      "_CON.xlsx",
      "member.xlsx",
      "member (2).xlsx",
    ]);
  });

  it("names form sheets after members within 31 characters, never after a sheet that is there", () => {
    const long = "Абдыкадырова Жылдыз Токтогуловна Кызы";
    expect(formSheetNames([long, "Ким [Ольга]", "Оценки"], ["Оценки", "Ким _Ольга_"])).toEqual([
      long.slice(0, 31),
      "Ким _Ольга_ (2)",
      "Оценки (2)",
    ]);
  });

  it("names a form read from a file after the file, with the sheet when the file holds several", () => {
    const taken = new Set(["оценки"]);
    expect(formSourceName("Иванов.xlsx", "Оценочный лист", false, taken)).toBe("Иванов.xlsx");
    expect(formSourceName("Иванов.xlsx", "Оценочный лист", false, taken)).toBe("Иванов.xlsx (2)");
    expect(formSourceName("all.xlsx", "Ким", true, taken)).toBe("all.xlsx Ким");
  });
});
