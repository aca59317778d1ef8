/** Cell parsers: what people type, read by string handling into domain values, or a reason. */
export * from "./parsed";
export * from "./shown";
export * from "./serial";
export * from "./normalize";
export * from "./number-text";
export * from "./numbers";
export * from "./dates";
export * from "./text";
export * from "./vocab";
export * from "./score";
export * from "./scheme";
export * from "./parse-cell";
export * from "./percent-text";
