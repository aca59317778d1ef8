import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonicalInput, inputFingerprint, readStamp } from "../../src/workbook/fingerprint";
import { sha256Hex, sha256Text, sha256TextFast, setPlatformSha256 } from "../../src/workbook/sha256";

const nodeSha = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex");

describe("sha256", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(sha256Text("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Text("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("matches node:crypto at every length around the block and padding boundaries", () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(sha256Hex(bytes)).toBe(nodeSha(bytes));
    }
  });

  it("gives the same digest by the platform's hash, by crypto.subtle, and by our own where neither is", async () => {
    const texts = ["", "abc", "Программа — 400 000,00 сом", "x".repeat(1000)];
    const expected = texts.map(sha256Text);
    const subtle = await Promise.all(texts.map(sha256TextFast));
    expect(subtle).toEqual(expected);
    const calls: number[] = [];
    setPlatformSha256((bytes) => {
      calls.push(bytes.length);
      return nodeSha(bytes);
    });
    try {
      expect(await Promise.all(texts.map(sha256TextFast))).toEqual(expected);
      expect(calls).toHaveLength(texts.length);
    } finally {
      setPlatformSha256(undefined);
    }
    const saved = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      expect(await Promise.all(texts.map(sha256TextFast))).toEqual(expected);
    } finally {
      if (saved) Object.defineProperty(globalThis, "crypto", saved);
    }
  });

  it("matches node:crypto on arbitrary bytes and Unicode text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => sha256Hex(bytes) === nodeSha(bytes)),
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => sha256Text(text) === nodeSha(text)));
  });
});

describe("input fingerprint", () => {
  const sheets = [
    {
      name: "Заявки",
      values: [
        ["№ заявки", "Грант"],
        ["A-01", 150000],
        ["A-02", { date: 43525 }],
      ],
    },
    {
      name: "Программа",
      values: [
        ["Параметр", "Значение"],
        ["Бюджет", "400 000,00"],
      ],
    },
  ];

  it("ignores sheet order, trailing blanks and empty strings", async () => {
    const shuffled = [
      {
        name: "Программа",
        values: [["Параметр", "Значение", null, ""], ["Бюджет", "400 000,00"], [], [null]],
      },
      sheets[0] ?? { name: "", values: [] },
    ];
    expect(await inputFingerprint(shuffled)).toBe(await inputFingerprint(sheets));
    expect(canonicalInput(shuffled)).toBe(canonicalInput(sheets));
  });

  it("changes with any value, and tells a date from a number and text from a number", async () => {
    const base = await inputFingerprint(sheets);
    const change = (row: number, col: number, value: string | number | { date: number }): Promise<string> =>
      inputFingerprint(
        sheets.map((s, i) =>
          i === 0
            ? {
                ...s,
                values: s.values.map((r, j) => (j === row ? r.map((c, k) => (k === col ? value : c)) : r)),
              }
            : s,
        ),
      );
    expect(await change(1, 1, 150000.01)).not.toBe(base);
    expect(await change(1, 1, "150000")).not.toBe(base);
    expect(await change(2, 1, 43525)).not.toBe(base);
    expect(await change(2, 1, { date: 43526 })).not.toBe(base);
  });

  it("reads the stamp back from the top rows of an output sheet", async () => {
    const fp = await inputFingerprint(sheets);
    const sheet = {
      name: "Рейтинг",
      values: [["Рейтинг заявок"], [`Расчёт 2026-11-23 09:30 UTC · SHA-256: ${fp}`]],
    };
    expect(readStamp(sheet)).toBe(fp);
    expect(readStamp({ name: "Рейтинг", values: [["typed by hand"]] })).toBeUndefined();
  });
});
