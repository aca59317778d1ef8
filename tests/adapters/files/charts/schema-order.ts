/**
 * The order of child elements that ECMA-376 (Part 1, DrawingML chart and spreadsheet drawing schemas)
 * prescribes for the elements our chart parts write: Excel refuses a chart whose children are out of
 * this order, where LibreOffice is lenient. Each list is the schema's xsd:sequence (choices flattened
 * in place).
 */
import type { XmlNode } from "../../../support/xml-tree";

const SER_BAR = [
  "c:idx",
  "c:order",
  "c:tx",
  "c:spPr",
  "c:invertIfNegative",
  "c:pictureOptions",
  "c:dPt",
  "c:dLbls",
  "c:trendline",
  "c:errBars",
  "c:cat",
  "c:val",
  "c:shape",
  "c:extLst",
];
const SER_LINE = [
  "c:idx",
  "c:order",
  "c:tx",
  "c:spPr",
  "c:marker",
  "c:dPt",
  "c:dLbls",
  "c:trendline",
  "c:errBars",
  "c:cat",
  "c:val",
  "c:smooth",
  "c:extLst",
];
const SER_PIE = [
  "c:idx",
  "c:order",
  "c:tx",
  "c:spPr",
  "c:explosion",
  "c:dPt",
  "c:dLbls",
  "c:cat",
  "c:val",
  "c:extLst",
];
const AX_SHARED = [
  "c:axId",
  "c:scaling",
  "c:delete",
  "c:axPos",
  "c:majorGridlines",
  "c:minorGridlines",
  "c:title",
  "c:numFmt",
  "c:majorTickMark",
  "c:minorTickMark",
  "c:tickLblPos",
  "c:spPr",
  "c:txPr",
  "c:crossAx",
  "c:crosses",
  "c:crossesAt",
];

const CHART_TYPES = [
  "c:areaChart",
  "c:area3DChart",
  "c:lineChart",
  "c:line3DChart",
  "c:stockChart",
  "c:radarChart",
  "c:scatterChart",
  "c:pieChart",
  "c:pie3DChart",
  "c:doughnutChart",
  "c:barChart",
  "c:bar3DChart",
  "c:ofPieChart",
  "c:surfaceChart",
  "c:surface3DChart",
  "c:bubbleChart",
];
const AXES = ["c:valAx", "c:catAx", "c:dateAx", "c:serAx"];

/** An element name, or a choice group whose members come in any order (xsd:choice maxOccurs unbounded). */
type Step = string | readonly string[];

export const SEQUENCES: Readonly<Record<string, readonly Step[]>> = {
  "c:chartSpace": [
    "c:date1904",
    "c:lang",
    "c:roundedCorners",
    "mc:AlternateContent",
    "c:style",
    "c:clrMapOvr",
    "c:pivotSource",
    "c:protection",
    "c:chart",
    "c:spPr",
    "c:txPr",
    "c:externalData",
    "c:printSettings",
    "c:userShapes",
    "c:extLst",
  ],
  "c:chart": [
    "c:title",
    "c:autoTitleDeleted",
    "c:pivotFmts",
    "c:view3D",
    "c:floor",
    "c:sideWall",
    "c:backWall",
    "c:plotArea",
    "c:legend",
    "c:plotVisOnly",
    "c:dispBlanksAs",
    "c:showDLblsOverMax",
    "c:extLst",
  ],
  "c:title": ["c:tx", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:plotArea": [
    "c:layout",
    // One choice group, repeated in any order: the chart types, then the axes.
    CHART_TYPES,
    AXES,
    "c:dTable",
    "c:spPr",
    "c:extLst",
  ],
  "c:barChart": [
    "c:barDir",
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:gapWidth",
    "c:overlap",
    "c:serLines",
    "c:axId",
    "c:extLst",
  ],
  "c:lineChart": [
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:dropLines",
    "c:hiLowLines",
    "c:upDownBars",
    "c:marker",
    "c:smooth",
    "c:axId",
    "c:extLst",
  ],
  "c:pieChart": ["c:varyColors", "c:ser", "c:dLbls", "c:firstSliceAng", "c:extLst"],
  "c:dPt": [
    "c:idx",
    "c:invertIfNegative",
    "c:marker",
    "c:bubble3D",
    "c:explosion",
    "c:spPr",
    "c:pictureOptions",
    "c:extLst",
  ],
  "c:dLbls": [
    "c:dLbl",
    "c:delete",
    "c:numFmt",
    "c:spPr",
    "c:txPr",
    "c:dLblPos",
    "c:showLegendKey",
    "c:showVal",
    "c:showCatName",
    "c:showSerName",
    "c:showPercent",
    "c:showBubbleSize",
    "c:separator",
    "c:showLeaderLines",
    "c:leaderLines",
    "c:extLst",
  ],
  "c:marker": ["c:symbol", "c:size", "c:spPr", "c:extLst"],
  "c:catAx": [
    ...AX_SHARED,
    "c:auto",
    "c:lblAlgn",
    "c:lblOffset",
    "c:tickLblSkip",
    "c:tickMarkSkip",
    "c:noMultiLvlLbl",
    "c:extLst",
  ],
  "c:valAx": [...AX_SHARED, "c:crossBetween", "c:majorUnit", "c:minorUnit", "c:dispUnits", "c:extLst"],
  "c:scaling": ["c:logBase", "c:orientation", "c:max", "c:min", "c:extLst"],
  "c:legend": ["c:legendPos", "c:legendEntry", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:strRef": ["c:f", "c:strCache", "c:extLst"],
  "c:numRef": ["c:f", "c:numCache", "c:extLst"],
  "c:strCache": ["c:ptCount", "c:pt", "c:extLst"],
  "c:numCache": ["c:formatCode", "c:ptCount", "c:pt", "c:extLst"],
  "c:printSettings": ["c:headerFooter", "c:pageMargins", "c:pageSetup", "c:legacyDrawingHF"],
  "xdr:twoCellAnchor": [
    "xdr:from",
    "xdr:to",
    "xdr:sp",
    "xdr:grpSp",
    "xdr:graphicFrame",
    "xdr:cxnSp",
    "xdr:pic",
    "xdr:contentPart",
    "xdr:clientData",
  ],
  "xdr:from": ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"],
  "xdr:to": ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"],
  "xdr:graphicFrame": ["xdr:nvGraphicFramePr", "xdr:xfrm", "a:graphic"],
  "xdr:nvGraphicFramePr": ["xdr:cNvPr", "xdr:cNvGraphicFramePr"],
};

/** Elements that must be there (minOccurs 1) in what we write. */
export const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  "c:chartSpace": ["c:chart"],
  "c:chart": ["c:plotArea"],
  "c:barChart": ["c:barDir", "c:axId"],
  "c:lineChart": ["c:grouping", "c:axId"],
  "c:catAx": ["c:axId", "c:scaling", "c:axPos", "c:crossAx"],
  "c:valAx": ["c:axId", "c:scaling", "c:axPos", "c:crossAx"],
  "c:dLbls": [
    "c:showLegendKey",
    "c:showVal",
    "c:showCatName",
    "c:showSerName",
    "c:showPercent",
    "c:showBubbleSize",
  ],
};

/** Every place under `root` where children are out of the schema's order or unknown to it: empty when valid. */
export function orderProblems(root: XmlNode, path = root.name): string[] {
  const problems: string[] = [];
  // In a drawing, c:chart is the reference to a chart part, not the chart part's c:chart.
  const inDrawing = path.includes("a:graphicData");
  const sequence = path.endsWith("c:ser") || inDrawing ? undefined : SEQUENCES[root.name];
  const check = (seq: readonly Step[]): void => {
    let last = -1;
    for (const child of root.children) {
      const i = seq.findIndex((step) =>
        typeof step === "string" ? step === child.name : step.includes(child.name),
      );
      if (i < 0) problems.push(`${path}: ${child.name} is not allowed`);
      else if (i < last) problems.push(`${path}: ${child.name} after ${String(seq[last])}`);
      else last = i;
    }
    for (const name of inDrawing ? [] : (REQUIRED[root.name] ?? [])) {
      if (!root.children.some((c) => c.name === name)) problems.push(`${path}: ${name} is missing`);
    }
  };
  if (sequence) check(sequence);
  for (const child of root.children) {
    if (child.name === "c:ser") {
      const seq = root.name === "c:barChart" ? SER_BAR : root.name === "c:lineChart" ? SER_LINE : SER_PIE;
      const sub = { ...child };
      const inner: string[] = [];
      let last = -1;
      for (const g of sub.children) {
        const i = seq.indexOf(g.name);
        if (i < 0) inner.push(`${path}/c:ser: ${g.name} is not allowed`);
        else if (i < last) inner.push(`${path}/c:ser: ${g.name} after ${seq[last] ?? ""}`);
        else last = i;
      }
      problems.push(...inner);
      for (const g of child.children) problems.push(...orderProblems(g, `${path}/c:ser/${g.name}`));
    } else {
      problems.push(...orderProblems(child, `${path}/${child.name}`));
    }
  }
  return problems;
}
