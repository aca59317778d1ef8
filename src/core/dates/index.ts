/** Calendar arithmetic on ISO dates, in UTC so no time zone ever moves a day. */
export * from "./iso-date";
export * from "./calendar";
export * from "./working-days";
export * from "./fixed-holidays";
