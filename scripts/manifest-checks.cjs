// Offline structure checks of manifest.xml, shared by `npm run validate` (scripts/validate-manifest.mjs)
// and tests/manifest/manifest.test.ts. `office-addin-manifest validate` needs Microsoft's online service, so
// the rules that matter to us are checked here: XSD element order, ids, one origin, icons, requirement sets,
// localized strings, and the wiring of the shared runtime.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

/** Parses the small XML subset a manifest uses into { name, attrs, children, text }. */
function parseXml(source) {
  const root = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  const re =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let match;
  let consumed = 0;
  while ((match = re.exec(source)) !== null) {
    if (match.index !== consumed) throw new Error(`unparsable XML at offset ${consumed}`);
    consumed = re.lastIndex;
    const [, close, open, attrText, selfClose, text] = match;
    const top = stack[stack.length - 1];
    if (close) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
    } else if (open) {
      const attrs = {};
      for (const a of (attrText || "").matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = decode(a[2]);
      const node = { name: open, attrs, children: [], text: "" };
      top.children.push(node);
      if (!selfClose) stack.push(node);
    } else if (text) {
      top.text += decode(text);
    }
  }
  if (consumed !== source.length) throw new Error(`unparsable XML at offset ${consumed}`);
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  return root;
}

function decode(s) {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

const local = (name) => name.replace(/^.*:/, "");
const kids = (node, name) => node.children.filter((c) => local(c.name) === name);
const kid = (node, name) => kids(node, name)[0];
function walk(node, visit) {
  visit(node);
  for (const c of node.children) walk(c, visit);
}

/** Top-level children of a TaskPaneApp in XSD order (optional ones may be absent, none may move). */
const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl"];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const CF_ORDER = ["Script", "Page", "Metadata", "Namespace"];
const LOCALES = ["ru-RU", "ky-KG"];
/** The highest ExcelApi the add-in may require: Office 2019. Newer sets are checked at run time. */
const MAX_EXCEL_API = 1.7;

function checkOrder(children, order, where, errors) {
  let last = -1;
  for (const c of children) {
    const at = order.indexOf(local(c.name));
    if (at < 0) errors.push(`${where}: unexpected <${c.name}>`);
    else if (at < last) errors.push(`${where}: <${c.name}> is out of XSD order`);
    else last = at;
  }
}

function checkLocalized(node, label, errors) {
  const locales = kids(node, "Override").map((o) => o.attrs.Locale);
  for (const l of LOCALES) if (!locales.includes(l)) errors.push(`${label}: no Override for ${l}`);
  for (const o of kids(node, "Override")) {
    if (!(o.attrs.Value || "").trim()) errors.push(`${label}: empty Override for ${o.attrs.Locale}`);
  }
}

/** Width and height of a PNG file, or undefined when it is not a PNG. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString("latin1", 1, 4) !== "PNG") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Every structural problem of the manifest text (empty when it is fine). `root` is the repository
 * folder, used to check that icon URLs under /assets/ name files that exist with the right size.
 */
function checkManifest(xml, root) {
  const errors = [];
  let doc;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return [`not well-formed: ${e.message}`];
  }
  const app = doc.children[0];
  if (!app || app.name !== "OfficeApp") return ["the root element is not <OfficeApp>"];
  if (app.attrs["xsi:type"] !== "TaskPaneApp") errors.push("OfficeApp xsi:type is not TaskPaneApp");
  checkOrder(app.children, OFFICEAPP_ORDER, "OfficeApp", errors);
  for (const r of REQUIRED) if (!kid(app, r)) errors.push(`missing <${r}>`);

  const id = kid(app, "Id")?.text.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    errors.push(`Id is not a GUID: ${id}`);
  const version = kid(app, "Version")?.text.trim() ?? "";
  if (!/^\d+(\.\d+){0,3}$/.test(version)) errors.push(`Version is not n.n.n.n: ${version}`);

  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const node = kid(app, name);
    if (!node) continue;
    checkLocalized(node, name, errors);
    for (const v of [node.attrs.DefaultValue, ...kids(node, "Override").map((o) => o.attrs.Value)]) {
      if ((v || "").length > max) errors.push(`${name} longer than ${max}: ${v}`);
    }
  }

  const hosts = kids(kid(app, "Hosts") ?? { children: [] }, "Host").map((h) => h.attrs.Name);
  if (hosts.length !== 1 || hosts[0] !== "Workbook") errors.push(`Hosts must be exactly Workbook: ${hosts}`);
  if (kid(app, "Permissions")?.text.trim() !== "ReadWriteDocument")
    errors.push("Permissions is not ReadWriteDocument");

  const sets = [];
  walk(kid(app, "Requirements") ?? { children: [] }, (n) => {
    if (local(n.name) === "Set") sets.push({ name: n.attrs.Name, min: n.attrs.MinVersion });
  });
  const excel = sets.find((s) => s.name === "ExcelApi");
  if (!excel) errors.push("Requirements do not name ExcelApi");
  else if (Number(excel.min) > MAX_EXCEL_API)
    errors.push(`ExcelApi ${excel.min} is above ${MAX_EXCEL_API} (Office 2019)`);
  for (const s of sets) {
    if (s.name !== "ExcelApi")
      errors.push(`unexpected required set ${s.name} (check it at run time instead)`);
  }

  const vo = kid(app, "VersionOverrides");
  if (!vo) {
    errors.push("missing <VersionOverrides> (ribbon button, custom functions)");
    return errors;
  }
  if (kid(vo, "Requirements"))
    errors.push("a <Requirements> in VersionOverrides hides the ribbon on older clients");
  const host = kid(kid(vo, "Hosts") ?? { children: [] }, "Host");
  if (!host || host.attrs["xsi:type"] !== "Workbook") errors.push("VersionOverrides has no Workbook host");

  const resources = kid(vo, "Resources") ?? { children: [] };
  const ids = new Map();
  walk(resources, (n) => {
    if (n.attrs.id) {
      if (ids.has(n.attrs.id)) errors.push(`duplicate resource id ${n.attrs.id}`);
      if (n.attrs.id.length > 32) errors.push(`resource id longer than 32: ${n.attrs.id}`);
      ids.set(n.attrs.id, n);
    }
  });
  const resids = [];
  walk(vo, (n) => {
    if (n.attrs.resid) {
      resids.push(n.attrs.resid);
      if (!ids.has(n.attrs.resid)) errors.push(`resid ${n.attrs.resid} is not defined in Resources`);
    }
  });
  for (const section of ["ShortStrings", "LongStrings"]) {
    for (const s of kids(kid(resources, section) ?? { children: [] }, "String")) {
      const max = section === "ShortStrings" ? 125 : 250;
      if ((s.attrs.DefaultValue || "").length > max) errors.push(`${s.attrs.id} longer than ${max}`);
      // The namespace is an identifier typed in formulas: it must not change with the language.
      if (s.attrs.id !== "Functions.Namespace") checkLocalized(s, `string ${s.attrs.id}`, errors);
    }
  }

  if (host) {
    checkOrder(host.children, HOST_ORDER, "Host", errors);
    const runtime = kid(kid(host, "Runtimes") ?? { children: [] }, "Runtime");
    const cf = kids(kid(host, "AllFormFactors") ?? { children: [] }, "ExtensionPoint").find(
      (e) => e.attrs["xsi:type"] === "CustomFunctions",
    );
    if (!runtime) errors.push("no <Runtime> (shared runtime)");
    else if (runtime.attrs.lifetime !== "long") errors.push("the shared runtime must have lifetime=long");
    if (!cf) errors.push("no CustomFunctions extension point");
    else {
      checkOrder(cf.children, CF_ORDER, "CustomFunctions", errors);
      const page = kid(kid(cf, "Page") ?? { children: [] }, "SourceLocation")?.attrs.resid;
      if (runtime && page !== runtime.attrs.resid)
        errors.push("custom functions Page is not the shared runtime page");
      const ns = ids.get(kid(cf, "Namespace")?.attrs.resid ?? "");
      if (ns?.attrs.DefaultValue !== "GSZ") errors.push("custom functions namespace is not GSZ");
    }
    const desktop = kid(host, "DesktopFormFactor");
    const functionFile = desktop && kid(desktop, "FunctionFile")?.attrs.resid;
    if (runtime && functionFile !== runtime.attrs.resid)
      errors.push("FunctionFile is not the shared runtime page");
    let button = false;
    const panes = [];
    walk(desktop ?? { children: [] }, (n) => {
      if (local(n.name) === "OfficeTab" && n.attrs.id === "TabHome") button = true;
      if (local(n.name) === "Action" && n.attrs["xsi:type"] === "ShowTaskpane") {
        panes.push(kid(n, "TaskpaneId")?.text.trim());
        const src = kid(n, "SourceLocation")?.attrs.resid;
        if (runtime && src !== runtime.attrs.resid)
          errors.push("the ShowTaskpane page is not the shared runtime page");
      }
    });
    // Microsoft: a shared runtime supports one task pane, and a task pane without a <TaskpaneId> counts
    // as a different one; so exactly one ShowTaskpane action, with its id.
    if (runtime && panes.length !== 1)
      errors.push(`${panes.length} ShowTaskpane actions: the shared runtime has one pane`);
    if (runtime && panes.some((id) => !id)) errors.push("the ShowTaskpane action has no TaskpaneId");
    if (!button) errors.push("no button on the Home tab (OfficeTab TabHome)");
  }

  const urls = [];
  walk(app, (n) => {
    for (const v of [n.attrs.DefaultValue, n.attrs.Value]) if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    if (local(n.name) === "AppDomain") urls.push(n.text.trim());
  });
  const origins = new Set();
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u);
    } catch {
      errors.push(`bad URL ${u}`);
      continue;
    }
    if (parsed.protocol !== "https:") errors.push(`URL is not https: ${u}`);
    origins.add(parsed.origin);
    const asset = /\/assets\/([\w.-]+\.png)$/.exec(parsed.pathname);
    if (asset && root) {
      const file = path.join(root, "assets", asset[1]);
      if (!fs.existsSync(file)) errors.push(`icon ${u} has no file assets/${asset[1]}`);
      else {
        const size = pngSize(file);
        const declared = /icon-(\d+)\.png$/.exec(asset[1]);
        if (!size) errors.push(`assets/${asset[1]} is not a PNG`);
        else if (declared && (size.width !== Number(declared[1]) || size.height !== Number(declared[1]))) {
          errors.push(`assets/${asset[1]} is ${size.width}x${size.height}`);
        }
      }
    }
  }
  if (origins.size !== 1) errors.push(`URLs use ${origins.size} origins: ${[...origins].join(", ")}`);
  if (!resids.length) errors.push("VersionOverrides references no resources");
  return errors;
}

module.exports = { checkManifest, parseXml };
