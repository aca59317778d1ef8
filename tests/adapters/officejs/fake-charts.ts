/**
 * The chart part of the fake Excel (fake-excel.ts): `worksheet.charts.add`, then what the adapter sets on
 * the chart and its series, each call queued and applied at the sync like every other call. A chart is
 * recorded on its sheet with the ranges its series point at, so tests read them as Excel would show
 * them (`'Рейтинг'!E4:E13`, after the temporary sheet got its name).
 */

/** A block of cells of a sheet (0-based). `sheet` is the sheet object, so its address follows renames. */
export interface FakeChartRange {
  readonly sheet: { name: string };
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

export interface FakeChartSeries {
  name: string;
  values: FakeChartRange;
  xValues?: FakeChartRange;
  chartType?: string;
  fill?: string;
  lineColor?: string;
  markerStyle?: string;
  hasDataLabels?: boolean;
  /** Fill of each point set one by one (a pie's slices), by index. */
  pointFills: Map<number, string>;
}

export interface FakeChart {
  type: string;
  seriesBy: string;
  name: string;
  title?: string;
  series: FakeChartSeries[];
  dataLabels: { showValue?: boolean; numberFormat?: string };
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  valueAxisNumberFormat?: string;
  legend: { visible?: boolean; position?: string };
  position?: { from: FakeChartRange; to: FakeChartRange };
}

/** What the chart fake needs of a worksheet proxy and a range proxy. */
interface Host {
  readonly ctx: { enqueue(name: string, run: () => void, bytes?: number): void };
  sheet(): { name: string; charts: FakeChart[] };
}
interface RangeLike {
  readonly ws: Host;
  rect(): { r0: number; c0: number; rows: number; cols: number };
}

const TYPES = new Set(["Pie", "ColumnClustered", "BarClustered", "ColumnStacked", "BarStacked", "Line"]);

function blockOf(range: RangeLike, host: Host): FakeChartRange {
  const sheet = range.ws.sheet();
  if (sheet !== host.sheet()) throw new Error("a chart's range on another sheet");
  return { sheet, ...range.rect() };
}

/** `'Sheet'!A1:B2` of a chart range, with the sheet's present name. */
export function chartRangeAddress(range: FakeChartRange): string {
  const a1 = (r: number, c: number): string => {
    let col = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
      col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
    return `${col}${r + 1}`;
  };
  const end = a1(range.r0 + range.rows - 1, range.c0 + range.cols - 1);
  return `'${range.sheet.name}'!${a1(range.r0, range.c0)}:${end}`;
}

class FakeSeriesProxy {
  constructor(
    private readonly host: Host,
    private readonly find: () => FakeChartSeries,
  ) {}
  private set(name: string, apply: (s: FakeChartSeries) => void): void {
    this.host.ctx.enqueue(`series.${name}`, () => apply(this.find()));
  }
  setValues(range: RangeLike): void {
    this.set("setValues", (s) => (s.values = blockOf(range, this.host)));
  }
  setXAxisValues(range: RangeLike): void {
    this.set("setXAxisValues", (s) => (s.xValues = blockOf(range, this.host)));
  }
  set name(value: string) {
    this.set("name", (s) => (s.name = value));
  }
  set chartType(value: string) {
    this.set("chartType", (s) => (s.chartType = value));
  }
  set markerStyle(value: string) {
    this.set("markerStyle", (s) => (s.markerStyle = value));
  }
  set hasDataLabels(value: boolean) {
    this.set("hasDataLabels", (s) => (s.hasDataLabels = value));
  }
  get format(): { fill: { setSolidColor(c: string): void }; line: { color: string } } {
    const set = this.set.bind(this);
    return {
      fill: { setSolidColor: (c: string) => set("format.fill", (s) => (s.fill = c)) },
      line: {
        set color(c: string) {
          set("format.line.color", (s) => (s.lineColor = c));
        },
        get color(): string {
          throw new Error("series.format.line.color read without load");
        },
      },
    };
  }
  get points(): { getItemAt(i: number): { format: { fill: { setSolidColor(c: string): void } } } } {
    return {
      getItemAt: (i: number) => ({
        format: {
          fill: {
            setSolidColor: (c: string) =>
              this.set("points.fill", (s) => {
                if (i >= s.values.rows * s.values.cols) throw new Error(`no point ${i}`);
                s.pointFills.set(i, c);
              }),
          },
        },
      }),
    };
  }
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly dataLabels: { showValue: boolean; numberFormat: string };
  readonly axes: {
    categoryAxis: { title: { text: string } };
    valueAxis: { title: { text: string }; numberFormat: string };
  };
  readonly legend: { visible: boolean; position: string };
  readonly series: { getItemAt(i: number): FakeSeriesProxy; add(name?: string): FakeSeriesProxy };

  constructor(
    private readonly host: Host,
    private readonly find: () => FakeChart,
  ) {
    const set = (name: string, apply: (c: FakeChart) => void): void =>
      host.ctx.enqueue(`chart.${name}`, () => apply(find()));
    const setter = <T>(name: string, apply: (c: FakeChart, v: T) => void) => ({
      set(v: T) {
        set(name, (c) => apply(c, v));
      },
    });
    this.title = Object.defineProperty({} as { text: string }, "text", {
      ...setter<string>("title", (c, v) => (c.title = v)),
    });
    const labels = {} as { showValue: boolean; numberFormat: string };
    Object.defineProperty(
      labels,
      "showValue",
      setter<boolean>("dataLabels.showValue", (c, v) => {
        // As in Excel, a chart-wide label setting reaches every series the chart has now.
        c.dataLabels.showValue = v;
        for (const series of c.series) series.hasDataLabels = v;
      }),
    );
    Object.defineProperty(
      labels,
      "numberFormat",
      setter<string>("dataLabels.numberFormat", (c, v) => (c.dataLabels.numberFormat = v)),
    );
    this.dataLabels = labels;
    const categoryTitle = Object.defineProperty({} as { text: string }, "text", {
      ...setter<string>("categoryAxis.title", (c, v) => (c.categoryAxisTitle = v)),
    });
    const valueTitle = Object.defineProperty({} as { text: string }, "text", {
      ...setter<string>("valueAxis.title", (c, v) => (c.valueAxisTitle = v)),
    });
    const valueAxis = { title: valueTitle } as { title: { text: string }; numberFormat: string };
    Object.defineProperty(
      valueAxis,
      "numberFormat",
      setter<string>("valueAxis.numberFormat", (c, v) => (c.valueAxisNumberFormat = v)),
    );
    this.axes = { categoryAxis: { title: categoryTitle }, valueAxis };
    const legend = {} as { visible: boolean; position: string };
    Object.defineProperty(
      legend,
      "visible",
      setter<boolean>("legend.visible", (c, v) => (c.legend.visible = v)),
    );
    Object.defineProperty(
      legend,
      "position",
      setter<string>("legend.position", (c, v) => (c.legend.position = v)),
    );
    this.legend = legend;
    this.series = {
      getItemAt: (i: number) =>
        new FakeSeriesProxy(host, () => {
          const s = find().series[i];
          if (!s) throw new Error(`no series ${i}`);
          return s;
        }),
      add: (name?: string) => {
        let added: FakeChartSeries | undefined;
        host.ctx.enqueue("chart.series.add", () => {
          const chart = find();
          // A new series starts empty (Excel gives it no values until setValues).
          added = {
            name: name ?? "",
            values: { sheet: host.sheet(), r0: 0, c0: 0, rows: 0, cols: 0 },
            pointFills: new Map(),
          };
          chart.series.push(added);
        });
        return new FakeSeriesProxy(host, () => {
          if (!added) throw new Error("series not added");
          return added;
        });
      },
    };
  }

  set name(value: string) {
    this.host.ctx.enqueue("chart.name", () => (this.find().name = value));
  }

  setPosition(from: RangeLike, to: RangeLike): void {
    this.host.ctx.enqueue("chart.setPosition", () => {
      this.find().position = { from: blockOf(from, this.host), to: blockOf(to, this.host) };
    });
  }
}

/** `worksheet.charts` of the fake. */
export class FakeCharts {
  constructor(private readonly host: Host) {}

  add(type: string, source: RangeLike, seriesBy = "Auto"): FakeChartProxy {
    let created: FakeChart | undefined;
    this.host.ctx.enqueue("charts.add", () => {
      if (!TYPES.has(type)) throw new Error(`chart type ${type} not faked`);
      const block = blockOf(source, this.host);
      // As Excel does: one series per column (or row) of the source range.
      const byRows = seriesBy === "Rows";
      const count = byRows ? block.rows : block.cols;
      const series: FakeChartSeries[] = Array.from({ length: count }, (_, i) => ({
        name: `Series${i + 1}`,
        values: byRows ? { ...block, r0: block.r0 + i, rows: 1 } : { ...block, c0: block.c0 + i, cols: 1 },
        pointFills: new Map(),
      }));
      const sheet = this.host.sheet();
      created = {
        type,
        seriesBy,
        name: `Chart ${sheet.charts.length + 1}`,
        series,
        dataLabels: {},
        legend: {},
      };
      sheet.charts.push(created);
    });
    return new FakeChartProxy(this.host, () => {
      if (!created) throw new Error("chart not created");
      return created;
    });
  }
}
