// The one Ajv 2020-12 configuration: the generator compiles the standalone validators with it and the
// server compiles run-time event schemas with it, so every tier judges a value the same way.
import Ajv2020, { type Options } from "ajv/dist/2020";
import addFormats from "ajv-formats";

export const contractAjvOptions: Readonly<Options> = Object.freeze({
  allErrors: true,
  strict: true,
  discriminator: true,
  unicodeRegExp: true,
});

export function createContractAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...contractAjvOptions, ...extra });
  addFormats(ajv);
  return ajv;
}
