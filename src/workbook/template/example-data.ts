import type { Lang } from "../../i18n";

/** A text of the example in the three languages (Kyrgyz best effort, Russian where we had none). */
export interface Text3 {
  readonly ru: string;
  readonly en: string;
  readonly ky?: string;
}

export function pick(text: Text3, lang: Lang): string {
  return lang === "ky" ? (text.ky ?? text.ru) : text[lang];
}

/** Kara-Balta, 2019 (seed 000): 400 000 som in three directions, 250 000 / 50 000 / 100 000. */
export const EXAMPLE_PROGRAM = {
  municipality: { ru: "г. Кара-Балта", en: "Kara-Balta", ky: "Кара-Балта шаары" },
  name: {
    ru: "Государственный социальный заказ мэрии г. Кара-Балта на 2019 год",
    en: "State social order of the Kara-Balta mayor's office, 2019",
    ky: "Кара-Балта шаарынын мэриясынын 2019-жылга мамлекеттик социалдык заказы",
  },
  year: 2019,
  start: "2019-03-01",
  end: "2019-12-31",
  budget: 400_000,
  minCofinancingPct: 10,
  minNgoPct: 5,
  maxStaffPct: 40,
  maxAdminPct: 10,
  passScore: 60,
  divergenceThreshold: 5,
  quorum: 7,
  trancheScheme: "50/30/20",
  meetingDate: "2019-02-20",
  releaseThresholdPct: 75,
  reallocationPct: 15,
} as const;

export interface ExampleDirection {
  readonly code: string;
  readonly name: Text3;
  readonly allocated: number;
  readonly maxPerProject: number;
}

export const EXAMPLE_DIRECTIONS: readonly ExampleDirection[] = [
  {
    code: "1",
    name: {
      ru: "Поддержка уязвимых слоёв населения, в том числе пожилых людей",
      en: "Support for vulnerable people, including the elderly",
      ky: "Калктын аялуу катмарларын, анын ичинде улгайган адамдарды колдоо",
    },
    allocated: 250_000,
    maxPerProject: 130_000,
  },
  {
    code: "2",
    name: {
      ru: "Профилактика употребления психоактивных веществ среди подростков и молодёжи",
      en: "Preventing substance use among teenagers and young people",
      ky: "Өспүрүмдөр жана жаштар арасында психоактивдүү заттарды колдонуунун алдын алуу",
    },
    allocated: 50_000,
    maxPerProject: 50_000,
  },
  {
    code: "3",
    name: {
      ru: "Помощь женщинам, пострадавшим от насилия, детям без попечения родителей и детям с инвалидностью",
      en: "Help for women affected by violence, children without parental care and children with disabilities",
      ky: "Зомбулуктан жабыр тарткан аялдарга, ата-энесинин камкордугусуз калган балдарга жана майыптыгы бар балдарга жардам",
    },
    allocated: 100_000,
    maxPerProject: 60_000,
  },
];

export interface ExampleApplication {
  readonly id: number;
  readonly organization: Text3;
  readonly type: Text3;
  readonly direction: string;
  readonly project: Text3;
  readonly grant: number;
  readonly localBudget: number;
  readonly community: number;
  readonly ngo: number;
  readonly other: number;
  readonly start: string;
  readonly end: string;
  readonly months: number;
  readonly submitted: string;
  /** Base score per criterion; members score around it (see example-scores.ts). */
  readonly scores: readonly number[];
}

const OF: Text3 = { ru: "ОФ", en: "Public foundation", ky: "Коомдук фонд" };
const OO: Text3 = { ru: "ОО", en: "Public association", ky: "Коомдук бирикме" };

/**
 * Nine applications. Funded: 1, 2 (direction 1, 245 000 of 250 000), 4 (direction 2, 50 000),
 * 6, 7 (direction 3, exactly 100 000). Reserve: 3, 8, 9 (pass, but the direction's money is spent).
 * Below the pass score: 5.
 */
export const EXAMPLE_APPLICATIONS: readonly ExampleApplication[] = [
  {
    id: 1,
    organization: { ru: "ОФ «Ак-Ниет»", en: "Ak-Niet Foundation", ky: "«Ак-Ниет» КФ" },
    type: OF,
    direction: "1",
    project: {
      ru: "Социальный уход на дому за одинокими пожилыми людьми",
      en: "Home care for lonely elderly people",
      ky: "Жалгыз карыларга үйдө социалдык кам көрүү",
    },
    grant: 125_000,
    localBudget: 20_000,
    community: 5_000,
    ngo: 10_000,
    other: 0,
    start: "2019-04-01",
    end: "2019-11-30",
    months: 8,
    submitted: "2019-02-11",
    scores: [18, 13, 12, 17, 12, 13],
  },
  {
    id: 2,
    organization: { ru: "ОО «Мээрим»", en: "Meerim Association", ky: "«Мээрим» КБ" },
    type: OO,
    direction: "1",
    project: {
      ru: "Дневной центр для пожилых людей",
      en: "Day centre for elderly people",
      ky: "Улгайган адамдар үчүн күндүзгү борбор",
    },
    grant: 120_000,
    localBudget: 15_000,
    community: 8_000,
    ngo: 9_000,
    other: 5_000,
    start: "2019-04-01",
    end: "2019-11-30",
    months: 8,
    submitted: "2019-02-12",
    scores: [17, 12, 12, 16, 11, 12],
  },
  {
    id: 3,
    organization: {
      ru: "ОФ «Здоровое поколение»",
      en: "Healthy Generation Foundation",
      ky: "«Дени сак муун» КФ",
    },
    type: OF,
    direction: "1",
    project: {
      ru: "Реабилитация людей с ограниченными возможностями здоровья",
      en: "Rehabilitation of people with disabilities",
      ky: "Ден соолугунун мүмкүнчүлүгү чектелген адамдарды реабилитациялоо",
    },
    grant: 110_000,
    localBudget: 0,
    community: 6_000,
    ngo: 8_000,
    other: 0,
    start: "2019-05-01",
    end: "2019-11-30",
    months: 7,
    submitted: "2019-02-14",
    scores: [15, 11, 10, 14, 10, 11],
  },
  {
    id: 4,
    organization: {
      ru: "ОО «Молодёжная инициатива»",
      en: "Youth Initiative Association",
      ky: "«Жаштар демилгеси» КБ",
    },
    type: OO,
    direction: "2",
    project: {
      ru: "Школа волонтёров: профилактика наркомании среди подростков",
      en: "Volunteer school: preventing drug use among teenagers",
      ky: "Волонтёрлор мектеби: өспүрүмдөр арасында баңгиликтин алдын алуу",
    },
    grant: 50_000,
    localBudget: 5_000,
    community: 2_000,
    ngo: 4_000,
    other: 0,
    start: "2019-05-01",
    end: "2019-10-31",
    months: 6,
    submitted: "2019-02-13",
    scores: [16, 12, 11, 15, 11, 11],
  },
  {
    id: 5,
    organization: { ru: "ОФ «Жаштар»", en: "Jashtar Foundation", ky: "«Жаштар» КФ" },
    type: OF,
    direction: "2",
    project: {
      ru: "Спорт против зависимостей",
      en: "Sport against addiction",
      ky: "Көз карандылыкка каршы спорт",
    },
    grant: 40_000,
    localBudget: 0,
    community: 2_000,
    ngo: 3_000,
    other: 0,
    start: "2019-05-01",
    end: "2019-10-31",
    months: 6,
    submitted: "2019-02-15",
    scores: [10, 8, 7, 10, 7, 8],
  },
  {
    id: 6,
    organization: { ru: "ОФ «Аялзат»", en: "Ayalzat Foundation", ky: "«Аялзат» КФ" },
    type: OF,
    direction: "3",
    project: {
      ru: "Кризисный центр для женщин, пострадавших от насилия",
      en: "Crisis centre for women affected by violence",
      ky: "Зомбулуктан жабыр тарткан аялдар үчүн кризистик борбор",
    },
    grant: 60_000,
    localBudget: 10_000,
    community: 3_000,
    ngo: 6_000,
    other: 2_000,
    start: "2019-04-01",
    end: "2019-11-30",
    months: 8,
    submitted: "2019-02-11",
    scores: [18, 12, 13, 17, 12, 12],
  },
  {
    id: 7,
    organization: {
      ru: "Ассоциация родителей детей с инвалидностью",
      en: "Association of Parents of Children with Disabilities",
      ky: "Майыптыгы бар балдардын ата-энелеринин ассоциациясы",
    },
    type: { ru: "Ассоциация", en: "Association", ky: "Ассоциация" },
    direction: "3",
    project: {
      ru: "Инклюзивная игровая комната",
      en: "Inclusive playroom",
      ky: "Инклюзивдик оюн бөлмөсү",
    },
    grant: 40_000,
    localBudget: 5_000,
    community: 2_000,
    ngo: 4_000,
    other: 0,
    start: "2019-04-01",
    end: "2019-11-30",
    months: 8,
    submitted: "2019-02-12",
    scores: [16, 12, 12, 15, 11, 12],
  },
  {
    id: 8,
    organization: { ru: "ОО «Балалык»", en: "Balalyk Association", ky: "«Балалык» КБ" },
    type: OO,
    direction: "3",
    project: {
      ru: "Поддержка детей, оставшихся без попечения родителей",
      en: "Support for children without parental care",
      ky: "Ата-энесинин камкордугусуз калган балдарды колдоо",
    },
    grant: 55_000,
    localBudget: 0,
    community: 3_000,
    ngo: 5_000,
    other: 0,
    start: "2019-05-01",
    end: "2019-11-30",
    months: 7,
    submitted: "2019-02-14",
    scores: [15, 11, 11, 14, 10, 12],
  },
  {
    id: 9,
    organization: {
      ru: "Учреждение «Центр развития сообщества»",
      en: "Community Development Centre",
      ky: "«Жамаатты өнүктүрүү борбору» мекемеси",
    },
    type: { ru: "Учреждение", en: "Institution", ky: "Мекеме" },
    direction: "3",
    project: {
      ru: "Психологическая помощь детям",
      en: "Psychological help for children",
      ky: "Балдарга психологиялык жардам",
    },
    grant: 30_000,
    localBudget: 0,
    community: 1_000,
    ngo: 3_000,
    other: 0,
    start: "2019-05-01",
    end: "2019-10-31",
    months: 6,
    submitted: "2019-02-15",
    scores: [13, 10, 10, 12, 9, 10],
  },
];

export interface ExampleCriterion {
  readonly code: string;
  readonly name: Text3;
  readonly max: number;
}

export const EXAMPLE_CRITERIA: readonly ExampleCriterion[] = [
  {
    code: "K1",
    name: { ru: "Актуальность проблемы", en: "Relevance of the problem", ky: "Көйгөйдүн актуалдуулугу" },
    max: 20,
  },
  {
    code: "K2",
    name: { ru: "Участие сообщества", en: "Community participation", ky: "Жамааттын катышуусу" },
    max: 15,
  },
  {
    code: "K3",
    name: {
      ru: "Устойчивость результатов",
      en: "Sustainability of results",
      ky: "Натыйжалардын туруктуулугу",
    },
    max: 15,
  },
  {
    code: "K4",
    name: { ru: "Обоснованность бюджета", en: "Budget justification", ky: "Бюджеттин негиздүүлүгү" },
    max: 20,
  },
  {
    code: "K5",
    name: {
      ru: "Собственный вклад и софинансирование",
      en: "Own contribution and co-financing",
      ky: "Өз салымы жана кошумча каржылоо",
    },
    max: 15,
  },
  {
    code: "K6",
    name: { ru: "Опыт организации", en: "Experience of the organization", ky: "Уюмдун тажрыйбасы" },
    max: 15,
  },
];

export type RoleKey = "chair" | "deputy" | "secretary" | "member";

export interface ExampleMember {
  readonly name: Text3;
  readonly role: RoleKey;
  /** Application the member is recused from (conflict of interest). */
  readonly recusedFrom?: number;
}

/** A commission of nine; member 4 is recused from application 2 (a relative heads the NGO). */
export const EXAMPLE_MEMBERS: readonly ExampleMember[] = [
  { name: { ru: "Асанова Гульмира", en: "Gulmira Asanova" }, role: "chair" },
  { name: { ru: "Токтогулов Бакыт", en: "Bakyt Toktogulov" }, role: "deputy" },
  { name: { ru: "Иванова Елена", en: "Elena Ivanova" }, role: "secretary" },
  { name: { ru: "Садыков Нурлан", en: "Nurlan Sadykov" }, role: "member", recusedFrom: 2 },
  { name: { ru: "Абдыкадырова Жылдыз", en: "Jyldyz Abdykadyrova" }, role: "member" },
  { name: { ru: "Петров Сергей", en: "Sergei Petrov" }, role: "member" },
  { name: { ru: "Мамбетова Айгуль", en: "Aigul Mambetova" }, role: "member" },
  { name: { ru: "Осмонов Эрлан", en: "Erlan Osmonov" }, role: "member" },
  { name: { ru: "Ким Ольга", en: "Olga Kim" }, role: "member" },
];

export interface ExampleContract {
  readonly application: number;
  readonly number: string;
  readonly date: string;
  /** Blank: the program's default scheme. */
  readonly scheme?: string;
  readonly dates?: readonly string[];
}

/** Contracts for the five funded applications, each for the full requested grant. */
export const EXAMPLE_CONTRACTS: readonly ExampleContract[] = [
  { application: 1, number: "ГСЗ-01/2019", date: "2019-03-25" },
  { application: 2, number: "ГСЗ-02/2019", date: "2019-03-25", scheme: "50/50" },
  { application: 4, number: "ГСЗ-03/2019", date: "2019-04-15", scheme: "70/30" },
  {
    application: 6,
    number: "ГСЗ-04/2019",
    date: "2019-03-25",
    scheme: "50/30/20",
    dates: ["2019-04-01", "2019-07-01", "2019-10-01"],
  },
  { application: 7, number: "ГСЗ-05/2019", date: "2019-03-26", scheme: "60/40" },
];
