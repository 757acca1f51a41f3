// The operator's ICE servers from the page's `toju-ice-servers` meta: none by default, well-formed ones used as given,
// anything malformed reported and ignored as a whole.
import { readIceServers } from "./ice-servers";

describe("readIceServers", () => {
  it("uses host candidates only when the page names no ICE server", () => {
    expect(readIceServers(undefined)).toEqual({ servers: [] });
    expect(readIceServers(null)).toEqual({ servers: [] });
    expect(readIceServers("  ")).toEqual({ servers: [] });
    expect(readIceServers("[]")).toEqual({ servers: [] });
  });

  it("reads STUN and TURN servers, one URL or several, with TURN credentials", () => {
    const content = JSON.stringify([
      { urls: "stun:stun.example.org:3478" },
      { urls: ["turn:turn.example.org:3478?transport=udp", "turns:turn.example.org:5349"], username: "toju", credential: "secret" },
    ]);
    expect(readIceServers(content)).toEqual({
      servers: [
        { urls: ["stun:stun.example.org:3478"] },
        { urls: ["turn:turn.example.org:3478?transport=udp", "turns:turn.example.org:5349"], username: "toju", credential: "secret" },
      ],
    });
  });

  it.each([
    ["not json", "is not JSON"],
    ['{"urls": "stun:a.example"}', "must be a JSON array"],
    ['[{"urls": "https://a.example"}]', "toju-ice-servers[0]"],
    ['[{"urls": "stun:a.example"}, {"urls": []}]', "toju-ice-servers[1]"],
    ['[{"urls": "stun:a.example", "credential": 42}]', "toju-ice-servers[0]"],
    ['[{"urls": "stun:a.example", "extra": true}]', "toju-ice-servers[0]"],
    ["[null]", "toju-ice-servers[0]"],
  ])("ignores %s and says why", (content, problem) => {
    expect(readIceServers(content)).toEqual({ servers: [], problem: expect.stringContaining(problem) });
  });
});
