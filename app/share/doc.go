// Package share turns the page's state into a short, versioned link and back.
//
// The state is ui.State's JSON. A link is the fragment "#s=" followed by
// base64url (no padding) of
//
//	version byte | DEFLATE(minimal JSON) | CRC-32 (IEEE) of that JSON, big-endian
//
// so nothing in it ever reaches a server. The minimal JSON is the state with
// its scenario replaced, when it came from a preset this build knows, by a
// diff against that preset ("d") and the preset's checksum ("b"); a custom
// tree travels in full. Every version written once keeps its decoder: a link
// from this build opens in every later one. A later version writes
//
//	version byte | body | CRC-32 (IEEE) of the version byte and body, big-endian
//
// so that this build says a link is newer (CodeNewer) only when it is one,
// and altered (CodeCorrupt) when its version byte was changed or it is no
// link of ours at all. Decoding a truncated or tampered
// link returns an *Error with a Code the page translates; it never returns a
// partial state.
//
// The package uses the standard library only and knows nothing of the page
// or of scenarios beyond their JSON: the caller passes the presets' JSON.
package share
