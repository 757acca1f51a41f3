// Remote code comes over https (plain http only from this machine) and its integrity hash has the right length.
import { pointer, type ManifestIssue } from "../manifest-issue";
import { asObject, asString, type SemanticCheck } from "./manifest-view";

const DIGEST_BASE64_LENGTH: Record<string, number> = { sha256: 44, sha384: 64, sha512: 88 };

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function isSecureBundleUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
}

export const checkBundle: SemanticCheck = (manifest) => {
  const bundle = asObject(manifest.bundle);
  if (!bundle) return [];
  const issues: ManifestIssue[] = [];
  for (const field of ["url", "entrypointUrl"] as const) {
    const value = asString(bundle[field]);
    if (value !== undefined && !isSecureBundleUrl(value)) {
      issues.push({
        code: "insecure_bundle_url",
        path: pointer("bundle", field),
        message: "must be an https: URL (http: only for localhost, 127.x or [::1])",
      });
    }
  }
  const integrity = asString(bundle.integrity);
  const match = integrity === undefined ? null : /^(sha256|sha384|sha512)-(.*)$/.exec(integrity);
  if (match && match[2].length !== DIGEST_BASE64_LENGTH[match[1]]) {
    issues.push({
      code: "invalid_integrity",
      path: "/bundle/integrity",
      message: `a ${match[1]} digest is ${DIGEST_BASE64_LENGTH[match[1]]} base64 characters`,
    });
  }
  return issues;
};
