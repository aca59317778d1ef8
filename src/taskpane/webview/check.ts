/**
 * The old-webview check: the first script of taskpane.html (a separate ES5 file, `webview-check.js`; the
 * page's CSP forbids inline scripts). In Internet Explorer 11 or EdgeHTML (volume-licensed Office 2019, some
 * Office 2016 builds) the pane's ES2020 bundle cannot run and the pane would stay blank: this shows why and
 * what to do instead, in the user's language, and sets `window.gszOldWebview` so that the bundle, where it
 * can be parsed at all, does not start.
 */
import { checkLang, featuresOf, oldEngine, oldWebviewMessage, type OldEngine } from "./detect";

interface OfficeLike {
  onReady?: (callback: () => void) => unknown;
  context?: { displayLanguage?: string };
}

interface Scope {
  gszOldWebview?: OldEngine;
  Office?: OfficeLike;
  navigator: { userAgent: string; language?: string; userLanguage?: string };
  document: Document;
}

function show(scope: Scope, engine: OldEngine): void {
  const doc = scope.document;
  const office = scope.Office;
  const displayLanguage = office && office.context ? office.context.displayLanguage : undefined;
  const lang = checkLang([displayLanguage, scope.navigator.language, scope.navigator.userLanguage]);
  const message = oldWebviewMessage(lang, engine);
  let box = doc.getElementById("old-webview");
  if (!box) {
    box = doc.createElement("div");
    box.id = "old-webview";
    box.setAttribute("data-testid", "old-webview");
    box.setAttribute("role", "alert");
    box.style.cssText = "font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:1.45;padding:12px";
    doc.body.insertBefore(box, doc.body.firstChild);
  }
  box.setAttribute("lang", lang);
  while (box.firstChild) box.removeChild(box.firstChild);
  const title = doc.createElement("h1");
  title.style.cssText = "font-size:17px;margin:0 0 8px";
  title.appendChild(doc.createTextNode(message.title));
  box.appendChild(title);
  for (let i = 0; i < message.lines.length; i++) {
    const p = doc.createElement("p");
    p.appendChild(doc.createTextNode(message.lines[i] || ""));
    box.appendChild(p);
  }
}

function check(scope: Scope): void {
  const engine = oldEngine(
    scope.navigator.userAgent,
    featuresOf(scope as unknown as Record<string, unknown>),
  );
  if (!engine) return;
  scope.gszOldWebview = engine;
  show(scope, engine);
  // Office's UI language is known only once office.js is initialised: show the message again in it.
  const office = scope.Office;
  if (office && typeof office.onReady === "function") {
    try {
      office.onReady(() => show(scope, engine));
    } catch {
      // the message stays in the browser's language
    }
  }
}

check(window as unknown as Scope);
