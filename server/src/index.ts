// Public entry of the server tier: start it (e.g. from `npm start`, which mounts the browser-shell bridge).
export { startSignalingServer, type SignalingServer, type SignalingServerOptions } from "./signaling-server";
