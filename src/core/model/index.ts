export * from "./address";
export * from "./finding";
export * from "./problem";
export * from "./workbook";
export * from "./result";
export * from "./execution";
