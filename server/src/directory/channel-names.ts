// Channel names are unique in their server without regard to case: the key a name is compared (and indexed) by.
export function channelNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
