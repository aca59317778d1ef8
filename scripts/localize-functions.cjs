// Localized custom-function metadata, as Microsoft documents it ("Custom functions naming and localization"):
// one JSON metadata file per language with the same ids and translated `name` and `description` (of the
// function and of each parameter), and in the manifest an <bt:Override Locale="ru-RU"> of the metadata URL.
// webpack.config.js writes functions-ru.json from the generated functions.json and src/functions/localized/.
"use strict";

/**
 * The metadata with names and descriptions taken from `translations` (id → { name, description,
 * parameters: { name → { name, description } } }). Ids, types and options stay as they are. Throws when a
 * function or a parameter has no translation, so that a new function cannot ship half translated.
 */
function localizeFunctions(metadata, translations, locale) {
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t || !t.name || !t.description) throw new Error(`${locale}: no translation of function ${fn.id}`);
    const parameters = (fn.parameters || []).map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp || !tp.name || !tp.description)
        throw new Error(`${locale}: no translation of parameter ${p.name} of ${fn.id}`);
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  const unknown = Object.keys(translations).filter((id) => !metadata.functions.some((f) => f.id === id));
  if (unknown.length) throw new Error(`${locale}: translations of unknown functions ${unknown.join(", ")}`);
  return { ...metadata, functions };
}

module.exports = { localizeFunctions };
