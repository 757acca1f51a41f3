// Types for the untyped `spdx-expression-parse` package (throws on an invalid expression).
declare module "spdx-expression-parse" {
  function parse(expression: string): unknown;
  export = parse;
}
