/**
 * Builders of a valid GszInput for tests, with realistic cell addresses.
 *
 * Every table starts at A1 with its header row (Программа: parameters at A1:B22, directions header at
 * row 24), so the n-th record (0-based) of a table sits at row `2 + n` (directions: `25 + n`).
 * Columns follow WORKBOOK.md in order, e.g. Заявки: A №, B Организация, C Вид, D Направление, E Проект,
 * F Грант, G Местный бюджет, H Сообщество, I НКО, J Другие, K Итого, L Начало, M Окончание, N Дата подачи.
 *
 * The default input is Kara-Balta 2019-like: 400 000 som in three directions, four applications that all
 * pass and are all funded, budget lines that match the applications, three members who score everything
 * without divergence, one contract per application. It raises no finding. Override any part with specs
 * (plain strings/numbers for money); budget lines default to lines derived from the applications.
 */
import Decimal from "decimal.js";
import type {
  Application,
  ApplicationField,
  BudgetCategory,
  BudgetLine,
  BudgetLineField,
  CellAddress,
  Contract,
  ContractField,
  Criterion,
  Direction,
  GszInput,
  IsoDate,
  Member,
  Program,
  ProgramField,
  ScoreCell,
  ScoreRow,
  SourceKey,
  Sources,
} from "../../src/core/model";

/** Money or a number as tests like to write it. */
export type Amount = string | number;

export const SHEETS = {
  program: "Программа",
  applications: "Заявки",
  budget: "Смета",
  criteria: "Критерии",
  commission: "Комиссия",
  scores: "Оценки",
  contracts: "Договоры",
} as const;

/** Row of each parameter on Программа (value in column B). */
export const PROGRAM_ROWS: Readonly<Record<ProgramField, number>> = {
  municipality: 2,
  name: 3,
  year: 4,
  start: 5,
  end: 6,
  budget: 7,
  planLocalBudget: 8,
  planCommunity: 9,
  planNgo: 10,
  planOther: 11,
  minCofinancingPct: 12,
  minNgoPct: 13,
  maxStaffPct: 14,
  maxAdminPct: 15,
  passScore: 16,
  aggregation: 17,
  divergenceThreshold: 18,
  quorum: 19,
  tieBreak: 20,
  trancheScheme: 21,
  trancheRounding: 22,
  meetingDate: 23,
  releaseThresholdPct: 24,
  reallocationPct: 25,
  asOf: 26,
};
export const PROGRAM_VALUE_COL = 2;
export const DIRECTIONS_HEADER_ROW = 28;
export const DIRECTION_COLS = { code: 1, name: 2, allocated: 3, maxPerProject: 4 } as const;

export const APPLICATION_COLS: Readonly<Record<ApplicationField, number>> = {
  id: 1,
  organization: 2,
  organizationType: 3,
  direction: 4,
  project: 5,
  grant: 6,
  localBudget: 7,
  community: 8,
  ngo: 9,
  other: 10,
  total: 11,
  start: 12,
  end: 13,
  submitted: 14,
  tin: 15,
};

export const BUDGET_COLS: Readonly<Record<BudgetLineField, number>> = {
  application: 1,
  category: 2,
  description: 3,
  quantity: 4,
  price: 5,
  months: 6,
  grant: 7,
  localBudget: 8,
  community: 9,
  ngo: 10,
  other: 11,
  total: 12,
};

export const CRITERION_COLS = { code: 1, name: 2, maxScore: 3, weight: 4, minScore: 5 } as const;
export const MEMBER_COLS = { name: 1, role: 2, recusedFrom: 3 } as const;
export const CONTRACT_COLS: Readonly<Record<ContractField, number>> = {
  application: 1,
  number: 2,
  date: 3,
  amount: 4,
  start: 5,
  end: 6,
  scheme: 7,
  dates: 8,
};

/** Data rows of every table but the directions start right under a header in row 1. */
export const FIRST_DATA_ROW = 2;

/** `{ sheet, row, col }`, for readable assertions. */
export function at(sheet: string, row: number, col: number): CellAddress {
  return { sheet, row, col };
}

export function dec(value: Amount): Decimal {
  return new Decimal(value);
}

function optDec(value: Amount | undefined): Decimal | undefined {
  return value === undefined ? undefined : new Decimal(value);
}

export type SourceSpec = Partial<Record<SourceKey, Amount>>;

export function sources(spec: SourceSpec): Sources {
  return {
    grant: dec(spec.grant ?? 0),
    localBudget: dec(spec.localBudget ?? 0),
    community: dec(spec.community ?? 0),
    ngo: dec(spec.ngo ?? 0),
    other: dec(spec.other ?? 0),
  };
}

function cellsFor<F extends string>(
  sheet: string,
  row: number,
  cols: Readonly<Record<F, number>>,
): Partial<Record<F, CellAddress>> {
  const cells: Partial<Record<F, CellAddress>> = {};
  for (const field of Object.keys(cols) as F[]) cells[field] = at(sheet, row, cols[field]);
  return cells;
}

// ---------------------------------------------------------------- specs

export interface DirectionSpec {
  code: string;
  name?: string;
  allocated: Amount;
  maxPerProject?: Amount;
}

export interface ProgramSpec {
  municipality?: string;
  name?: string;
  year?: number;
  start?: IsoDate;
  end?: IsoDate;
  budget?: Amount;
  plan?: Partial<Record<Exclude<SourceKey, "grant">, Amount>>;
  minCofinancingPct?: Amount;
  minNgoPct?: Amount;
  maxStaffPct?: Amount;
  maxAdminPct?: Amount;
  passScore?: Amount;
  aggregation?: Program["aggregation"];
  divergenceThreshold?: Amount;
  quorum?: number;
  tieBreak?: Program["tieBreak"];
  trancheScheme?: readonly Amount[];
  trancheRounding?: Amount;
  nonWorkingDays?: readonly IsoDate[];
}

export interface ApplicationSpec extends SourceSpec {
  id: string;
  organization?: string;
  organizationType?: string;
  direction: string;
  project?: string;
  /** Итого as stated; `null` leaves it blank; absent: the sum of the sources. */
  total?: Amount | null;
  start?: IsoDate;
  end?: IsoDate;
  submitted?: IsoDate;
}

export interface BudgetLineSpec extends SourceSpec {
  application: string;
  category: BudgetCategory;
  description?: string;
  quantity?: Amount;
  price?: Amount;
  months?: Amount;
  /** Итого as stated; `null` or absent leaves it blank. */
  total?: Amount | null;
}

export interface CriterionSpec {
  code: string;
  name?: string;
  maxScore: Amount;
  weight?: Amount;
  minScore?: Amount;
}

export interface MemberSpec {
  name: string;
  role?: string;
  recusedFrom?: readonly string[];
}

/** A number, `"missing"` (blank) or `"recused"` (a recusal mark). */
export type ScoreSpecCell = Amount | "missing" | "recused";

export interface ScoreSpec {
  member: string;
  application: string;
  scores: Readonly<Record<string, ScoreSpecCell>>;
  comment?: string;
}

export interface ContractSpec {
  application: string;
  number: string;
  date?: IsoDate;
  amount: Amount;
  start?: IsoDate;
  end?: IsoDate;
  scheme?: readonly Amount[];
  dates?: readonly IsoDate[];
}

// ---------------------------------------------------------------- defaults

export const DEFAULT_PROGRAM: ProgramSpec = {
  municipality: "г. Кара-Балта",
  name: "Социальный заказ 2019",
  year: 2019,
  start: "2019-01-01",
  end: "2019-12-31",
  budget: "400000",
  plan: {},
  minCofinancingPct: "10",
  minNgoPct: "5",
  maxStaffPct: "50",
  maxAdminPct: "10",
  passScore: "15",
  aggregation: "mean",
  quorum: 2,
  tieBreak: "none",
  trancheScheme: ["50", "30", "20"],
  trancheRounding: "0.01",
};

export const DEFAULT_DIRECTIONS: readonly DirectionSpec[] = [
  { code: "1", name: "Поддержка пожилых и людей с ОВЗ", allocated: "250000", maxPerProject: "125000" },
  { code: "2", name: "Молодёжь и спорт", allocated: "50000", maxPerProject: "50000" },
  { code: "3", name: "Благоустройство", allocated: "100000", maxPerProject: "100000" },
];

export const DEFAULT_APPLICATIONS: readonly ApplicationSpec[] = [
  {
    id: "A-01",
    organization: 'ОФ "Мээрим"',
    organizationType: "ОФ",
    direction: "1",
    project: "Дневной центр для пожилых",
    grant: "100000",
    localBudget: "20000",
    community: "5000",
    ngo: "10000",
    other: "0",
    start: "2019-03-15",
    end: "2019-11-30",
    submitted: "2019-02-01",
  },
  {
    id: "A-02",
    organization: 'ОО "Ымыркай"',
    organizationType: "ОО",
    direction: "1",
    project: "Реабилитация детей с ОВЗ",
    grant: "120000",
    localBudget: "30000",
    community: "6000",
    ngo: "12000",
    other: "2000",
    start: "2019-03-15",
    end: "2019-11-30",
    submitted: "2019-02-03",
  },
  {
    id: "A-03",
    organization: 'Ассоциация "Жаштар"',
    organizationType: "ассоциация",
    direction: "2",
    project: "Спорт во дворах",
    grant: "50000",
    localBudget: "10000",
    community: "2500",
    ngo: "5000",
    other: "0",
    start: "2019-04-01",
    end: "2019-10-31",
    submitted: "2019-02-05",
  },
  {
    id: "A-04",
    organization: 'ОФ "Таза шаар"',
    organizationType: "ОФ",
    direction: "3",
    project: "Озеленение улиц",
    grant: "90000",
    localBudget: "15000",
    community: "4500",
    ngo: "9000",
    other: "0",
    start: "2019-04-01",
    end: "2019-10-31",
    submitted: "2019-02-07",
  },
];

export const DEFAULT_CRITERIA: readonly CriterionSpec[] = [
  { code: "K1", name: "Актуальность", maxScore: "10" },
  { code: "K2", name: "Обоснованность бюджета", maxScore: "10" },
  { code: "K3", name: "Собственный вклад", maxScore: "10" },
];

export const DEFAULT_COMMISSION: readonly MemberSpec[] = [
  { name: "Иванова А.", role: "председатель" },
  { name: "Садыков Б.", role: "член" },
  { name: "Токтогулова Г.", role: "секретарь" },
];

/**
 * Per application, the score every member gives on every criterion (no divergence, all pass 15);
 * any other application gets 6 on each (total 18: passes, below the default four).
 */
const DEFAULT_SCORE_BY_APPLICATION: Readonly<Record<string, number>> = {
  "A-01": 9,
  "A-02": 8,
  "A-03": 7,
  "A-04": 8,
};

/**
 * One score row per member and application, every criterion scored with the application's default
 * value; `valueOf` may change any cell (return undefined to keep the default).
 */
export function defaultScores(
  members: readonly MemberSpec[] = DEFAULT_COMMISSION,
  applications: readonly ApplicationSpec[] = DEFAULT_APPLICATIONS,
  criteria: readonly CriterionSpec[] = DEFAULT_CRITERIA,
  valueOf: (member: string, application: string, criterion: string) => ScoreSpecCell | undefined = () =>
    undefined,
): ScoreSpec[] {
  const rows: ScoreSpec[] = [];
  for (const member of members) {
    for (const application of applications) {
      const value = DEFAULT_SCORE_BY_APPLICATION[application.id] ?? 6;
      const scores: Record<string, ScoreSpecCell> = {};
      for (const criterion of criteria) {
        scores[criterion.code] = valueOf(member.name, application.id, criterion.code) ?? value;
      }
      rows.push({ member: member.name, application: application.id, scores });
    }
  }
  return rows;
}

function defaultContracts(applications: readonly ApplicationSpec[]): ContractSpec[] {
  return applications.map((application, i) => ({
    application: application.id,
    number: `Д-${String(i + 1).padStart(2, "0")}`,
    date: "2019-03-01",
    amount: application.grant ?? 0,
    start: application.start ?? "2019-03-15",
    end: application.end ?? "2019-11-30",
  }));
}

/**
 * Budget lines that add up, source by source, to the application: staff 1 × 4 % × 10 months (40 % of the
 * grant), social fund 7 %, administrative 5 %, equipment 2 × 24 %, and one events line carrying every
 * non-grant source. Staff + social fund = 47 % of the grant, administrative 5 %.
 */
export function budgetLinesFor(application: ApplicationSpec): BudgetLineSpec[] {
  const grant = dec(application.grant ?? 0);
  const pct = (p: number): string => grant.times(p).dividedBy(100).toFixed(2);
  const nonGrant = dec(application.localBudget ?? 0)
    .plus(application.community ?? 0)
    .plus(application.ngo ?? 0)
    .plus(application.other ?? 0);
  const id = application.id;
  const lines: BudgetLineSpec[] = [
    {
      application: id,
      category: "staff",
      description: "Координатор",
      quantity: 1,
      price: pct(4),
      months: 10,
      grant: pct(40),
      total: pct(40),
    },
    { application: id, category: "social-fund", description: "Отчисления", grant: pct(7), total: pct(7) },
    { application: id, category: "administrative", description: "Бухгалтерия", grant: pct(5), total: pct(5) },
    {
      application: id,
      category: "equipment",
      description: "Оборудование",
      quantity: 2,
      price: pct(24),
      grant: pct(48),
      total: pct(48),
    },
  ];
  if (!nonGrant.isZero()) {
    lines.push({
      application: id,
      category: "events",
      description: "Мероприятия",
      quantity: 1,
      price: nonGrant.toFixed(2),
      localBudget: application.localBudget ?? 0,
      community: application.community ?? 0,
      ngo: application.ngo ?? 0,
      other: application.other ?? 0,
      total: nonGrant.toFixed(2),
    });
  }
  return lines;
}

// ---------------------------------------------------------------- model builders

export function buildDirection(spec: DirectionSpec, index: number): Direction {
  const row = DIRECTIONS_HEADER_ROW + 1 + index;
  const direction: Direction = {
    code: spec.code,
    name: spec.name ?? `Направление ${spec.code}`,
    allocated: dec(spec.allocated),
    cells: cellsFor(SHEETS.program, row, DIRECTION_COLS),
  };
  return spec.maxPerProject === undefined
    ? direction
    : { ...direction, maxPerProject: dec(spec.maxPerProject) };
}

export function buildProgram(spec: ProgramSpec, directions: readonly DirectionSpec[]): Program {
  const s = { ...DEFAULT_PROGRAM, ...spec };
  const cells: Partial<Record<ProgramField, CellAddress>> = {};
  for (const field of Object.keys(PROGRAM_ROWS) as ProgramField[]) {
    cells[field] = at(SHEETS.program, PROGRAM_ROWS[field], PROGRAM_VALUE_COL);
  }
  const plan: Partial<Record<Exclude<SourceKey, "grant">, Decimal>> = {};
  for (const [key, value] of Object.entries(s.plan ?? {}) as [Exclude<SourceKey, "grant">, Amount][]) {
    plan[key] = dec(value);
  }
  return {
    municipality: s.municipality ?? "",
    name: s.name ?? "",
    year: s.year ?? 2019,
    start: s.start ?? "2019-01-01",
    end: s.end ?? "2019-12-31",
    budget: dec(s.budget ?? 0),
    plan,
    minCofinancingPct: optDec(s.minCofinancingPct),
    minNgoPct: optDec(s.minNgoPct),
    maxStaffPct: optDec(s.maxStaffPct),
    maxAdminPct: optDec(s.maxAdminPct),
    passScore: optDec(s.passScore),
    aggregation: s.aggregation ?? "mean",
    divergenceThreshold: optDec(s.divergenceThreshold),
    quorum: s.quorum,
    tieBreak: s.tieBreak ?? "none",
    trancheScheme: (s.trancheScheme ?? ["100"]).map(dec),
    trancheRounding: dec(s.trancheRounding ?? "0.01"),
    ...(s.nonWorkingDays ? { nonWorkingDays: s.nonWorkingDays } : {}),
    directions: directions.map(buildDirection),
    cells,
  };
}

export function buildApplication(spec: ApplicationSpec, index: number): Application {
  const src = sources(spec);
  const sum = src.grant.plus(src.localBudget).plus(src.community).plus(src.ngo).plus(src.other);
  const statedTotal = spec.total === null ? undefined : spec.total === undefined ? sum : dec(spec.total);
  return {
    id: spec.id,
    organization: spec.organization ?? `НКО ${spec.id}`,
    organizationType: spec.organizationType ?? "ОФ",
    direction: spec.direction,
    project: spec.project ?? `Проект ${spec.id}`,
    sources: src,
    statedTotal,
    start: spec.start,
    end: spec.end,
    submitted: spec.submitted,
    cells: cellsFor(SHEETS.applications, FIRST_DATA_ROW + index, APPLICATION_COLS),
  };
}

export function buildBudgetLine(spec: BudgetLineSpec, index: number): BudgetLine {
  return {
    application: spec.application,
    category: spec.category,
    description: spec.description ?? "",
    quantity: optDec(spec.quantity),
    price: optDec(spec.price),
    months: optDec(spec.months),
    sources: sources(spec),
    statedTotal: spec.total === null ? undefined : optDec(spec.total),
    cells: cellsFor(SHEETS.budget, FIRST_DATA_ROW + index, BUDGET_COLS),
  };
}

export function buildCriterion(spec: CriterionSpec, index: number): Criterion {
  return {
    code: spec.code,
    name: spec.name ?? spec.code,
    maxScore: dec(spec.maxScore),
    weight: dec(spec.weight ?? 1),
    minScore: optDec(spec.minScore),
    cells: cellsFor(SHEETS.criteria, FIRST_DATA_ROW + index, CRITERION_COLS),
  };
}

export function buildMember(spec: MemberSpec, index: number): Member {
  return {
    name: spec.name,
    role: spec.role ?? "член",
    recusedFrom: spec.recusedFrom ?? [],
    cells: cellsFor(SHEETS.commission, FIRST_DATA_ROW + index, MEMBER_COLS),
  };
}

function scoreCell(value: ScoreSpecCell): ScoreCell {
  if (value === "missing") return { kind: "missing" };
  if (value === "recused") return { kind: "recused" };
  return { kind: "number", value: dec(value) };
}

/** Оценки: member A, application B, one column per criterion code from C, comment after them. */
export function buildScoreRow(spec: ScoreSpec, index: number, criterionCodes: readonly string[]): ScoreRow {
  const row = FIRST_DATA_ROW + index;
  const scores: Record<string, ScoreCell> = {};
  const scoreCells: Record<string, CellAddress> = {};
  criterionCodes.forEach((code, i) => {
    scoreCells[code] = at(SHEETS.scores, row, 3 + i);
  });
  for (const [code, value] of Object.entries(spec.scores)) scores[code] = scoreCell(value);
  return {
    member: spec.member,
    application: spec.application,
    scores,
    comment: spec.comment ?? "",
    cells: {
      member: at(SHEETS.scores, row, 1),
      application: at(SHEETS.scores, row, 2),
      comment: at(SHEETS.scores, row, 3 + criterionCodes.length),
    },
    scoreCells,
  };
}

export function buildContract(spec: ContractSpec, index: number): Contract {
  return {
    application: spec.application,
    number: spec.number,
    date: spec.date,
    amount: dec(spec.amount),
    start: spec.start ?? "2019-03-15",
    end: spec.end ?? "2019-11-30",
    scheme: spec.scheme?.map(dec),
    dates: spec.dates,
    cells: cellsFor(SHEETS.contracts, FIRST_DATA_ROW + index, CONTRACT_COLS),
  };
}

export interface InputSpec {
  /** Merged over DEFAULT_PROGRAM. */
  program?: ProgramSpec;
  directions?: readonly DirectionSpec[];
  applications?: readonly ApplicationSpec[];
  /** Absent: budgetLinesFor(each application). */
  budgetLines?: readonly BudgetLineSpec[];
  criteria?: readonly CriterionSpec[];
  commission?: readonly MemberSpec[];
  /** Absent: defaultScores(commission, applications, criteria). */
  scores?: readonly ScoreSpec[];
  /** Absent: one contract per application for its grant. */
  contracts?: readonly ContractSpec[];
}

/** A whole GszInput from specs; anything not given is the valid default. */
export function buildInput(spec: InputSpec = {}): GszInput {
  const directions = spec.directions ?? DEFAULT_DIRECTIONS;
  const applications = spec.applications ?? DEFAULT_APPLICATIONS;
  const criteria = spec.criteria ?? DEFAULT_CRITERIA;
  const commission = spec.commission ?? DEFAULT_COMMISSION;
  const budgetLines = spec.budgetLines ?? applications.flatMap(budgetLinesFor);
  const scores = spec.scores ?? defaultScores(commission, applications, criteria);
  const contracts = spec.contracts ?? defaultContracts(applications);
  const codes = criteria.map((c) => c.code);
  return {
    program: buildProgram(spec.program ?? {}, directions),
    applications: applications.map(buildApplication),
    budgetLines: budgetLines.map(buildBudgetLine),
    criteria: criteria.map(buildCriterion),
    commission: commission.map(buildMember),
    scores: scores.map((s, i) => buildScoreRow(s, i, codes)),
    contracts: contracts.map(buildContract),
  };
}

/** The specs with one element replaced by a patched copy (for "default but A-02 asks more" tests). */
export function patch<T>(items: readonly T[], index: number, change: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...change } : item));
}
