// The matcher a manifest declares for an embed (`match.urlPrefixes`, `match.mediaTypes`), applied before the plugin's own.
import type { PluginEmbedMatch } from "@toju/generated/types/contract";

/** No declared list means no restriction; with lists declared, a source must satisfy at least one of them. */
export function matchesDeclaredEmbed(match: PluginEmbedMatch | undefined, url: string, mediaType?: string): boolean {
  const { urlPrefixes, mediaTypes } = match ?? {};
  if (!urlPrefixes && !mediaTypes) return true;
  if (urlPrefixes?.some((prefix) => url.startsWith(prefix))) return true;
  return mediaType !== undefined && (mediaTypes?.some((pattern) => mediaTypeMatches(pattern, mediaType)) ?? false);
}

/** `image/*` matches any image type; parameters such as `; charset=utf-8` are ignored and case does not matter. */
export function mediaTypeMatches(pattern: string, mediaType: string): boolean {
  const essence = mediaType.split(";")[0].trim().toLowerCase();
  const wanted = pattern.toLowerCase();
  return wanted.endsWith("/*") ? essence.startsWith(wanted.slice(0, -1)) && essence.length > wanted.length - 1 : essence === wanted;
}
