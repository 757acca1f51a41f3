// A benchmark's set-up calls to the server's REST API (register, create a server, …): JSON in, JSON out.

export function jsonApi(baseUrl: string) {
  return async (method: string, url: string, body: unknown, token?: string) => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return res.json();
  };
}
