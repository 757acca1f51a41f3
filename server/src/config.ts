// Server settings from the environment (DESIGN §7), with the documented defaults.
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  pluginEventRate: number;
  pluginEventBurst: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intFromEnv(env, "PORT", 3000, 0),
    host: env.HOST || "127.0.0.1",
    databaseUrl: env.DATABASE_URL || "sqlite:./data/toju.sqlite",
    pluginEventRate: intFromEnv(env, "PLUGIN_EVENT_RATE", 50, 0),
    pluginEventBurst: intFromEnv(env, "PLUGIN_EVENT_BURST", 100, 1),
  };
}
