//go:build wasm

package scenarios

import "embed"

// FS holds the presets in their JSON form, all the browser reads.
//
//go:embed presets.json
var FS embed.FS
