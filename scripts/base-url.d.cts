export declare const DEV_BASE_URL: string;
export declare function checkBaseUrl(value: string): string;
export declare function manifestWithBase(xml: string, baseUrl: string): string;
