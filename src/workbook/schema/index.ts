/** The input sheets declared as data: names, tables, columns, parameter keys and vocabularies. */
export * from "./types";
export * from "./names";
export * from "./columns";
export * from "./parameters";
export * from "./vocab";
