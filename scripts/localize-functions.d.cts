export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters?: readonly { readonly name: string; readonly description?: string }[];
  readonly [key: string]: unknown;
}
export interface Metadata {
  readonly functions: readonly FunctionMetadata[];
}
export interface Translation {
  readonly name: string;
  readonly description: string;
  readonly parameters?: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}
export declare function localizeFunctions(
  metadata: Metadata,
  translations: Readonly<Record<string, Translation>>,
  locale: string,
): Metadata;
