//go:build wasm

package scenarios

import "embed"

// FS holds the presets in their JSON form, all the browser reads, and
// their earlier forms (earlier.json) for old share links.
//
//go:embed presets.json earlier.json
var FS embed.FS
