// Generated from spec/ by `npm run generate`. Do not edit.
// What each contract pattern means, in words, for error messages.
export const patternDescriptions: ReadonlyMap<string, string> = new Map([
  ["^[0-9]{1,9}$", "The host API major version the plugin is written against, as digits (the host's API major is `1`)."],
  ["^[a-z][a-zA-Z0-9._-]{0,63}$", "Key of a plugin data entry or id of a UI contribution: a lower-case letter, then up to 63 letters, digits, '.', '_' or '-'."],
  ["^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff]*$", "A human-readable display text of 1 to 128 characters (server, channel and display names, titles), without control characters (C0, DEL, C1), lone surrogates, or the bidirectional controls U+202A–U+202E and U+2066–U+2069 (which can reorder what people read around the name)."],
  ["^[A-Za-z0-9_-]{1,64}$", "An opaque id (of a server, user, channel, message or attachment, all made by the server, or a client's event or request id): 1 to 64 letters, digits, '_' or '-'."],
  ["^[a-z][a-z0-9.:-]{1,126}[a-z0-9]$", "Plugin event name: lower-case letters, digits, '.', ':' and '-', 3 to 128 characters, starting with a letter and ending with a letter or digit."],
  ["^[^/\\\\\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]{1,255}$", "A file name of 1 to 255 characters, without path separators, control characters (C0, DEL, C1) or the bidirectional controls U+202A–U+202E and U+2066–U+2069 (which can disguise a name's extension). It is only ever shown and offered as a download name, never used as a path."],
  ["^https?://[^/?#\\s]+$", "An http(s) origin, such as `https://plugins.example.com`, with no path."],
  ["^[hH][tT][tT][pP][sS]?://", "An absolute http or https URL."],
  ["^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$", "A Subresource Integrity hash: `sha256-`, `sha384-` or `sha512-` followed by the base64 digest."],
  ["^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}([ \\t]*;[\\t -~]*)?$", "A media type such as `image/png` or `text/plain; charset=utf-8` (`type/subtype`, then parameters of printable ASCII, since the value is sent back as a `Content-Type` header)."],
  ["^[a-z0-9!#$&^_.+-]{1,64}/(\\*|[a-z0-9!#$&^_.+-]{1,64})$", "A media type or a wildcard of one, for example `image/png` or `image/*`."],
  ["^[^\\u0000]*$", "A message's text: at most 4,000 characters, none of them U+0000 (NUL), which a database cannot keep as text; a `send_message` whose content has one is refused with `invalid_envelope` whatever the database."],
  ["^[a-z0-9][a-z0-9.-]{1,126}[a-z0-9]$", "Plugin identifier: lower-case letters, digits, dots and dashes, 3 to 128 characters, starting and ending with a letter or digit."],
  ["^(?![A-Za-z]:)(?![/\\\\])(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$))[^\\u0000]+$", "A path relative to the plugin root, with '/' or '\\' separators: never absolute, never a drive path, no '..' segment and no NUL character."],
  ["^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "A semantic version (semver.org 2.0.0), for example `1.4.0` or `2.0.0-beta.1`."],
  ["^[A-Za-z0-9._-]{3,32}$", "A user name: 3 to 32 letters, digits, '.', '_' or '-'."],
]);
