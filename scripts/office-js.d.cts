export declare const OFFICE_CDN: string;
export interface OfficeJsSetup {
  /** office.js and its files are copied into the build and served from the page's own origin. */
  readonly local: boolean;
  /** The src of the page's office.js script. */
  readonly src: string;
  /** The CSP script-src sources. */
  readonly scriptSrc: string;
}
export declare function officeJsSetup(kind: "cdn" | "local"): OfficeJsSetup;
