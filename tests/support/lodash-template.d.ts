// lodash ships no types here; html-webpack-plugin renders page templates with lodash/template.
declare module "lodash/template" {
  function template(source: string): (data: Record<string, unknown>) => string;
  export default template;
}
