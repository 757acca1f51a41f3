// Jest setup of the renderer's Angular specs: TestBed without zone.js, as the app runs. jsdom lacks `structuredClone`,
// which browsers and Node have; v8's serializer implements the same structured clone algorithm.
import { deserialize, serialize } from "node:v8";
import { setupZonelessTestEnv } from "jest-preset-angular/setup-env/zoneless";

globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value));

setupZonelessTestEnv();
