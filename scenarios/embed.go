//go:build !wasm

// Package scenarios embeds the preset scenario files that ship with kpisim.
// go:embed cannot reach up the tree, so the files and this package live
// together; app/scenario parses them.
//
// Natively FS holds every *.yaml preset and presets.json, the same presets
// in the JSON form; the WebAssembly build embeds presets.json alone, which
// is all the browser reads. Both hold earlier.json: presets as earlier
// builds shipped them, the forms old share links were made from.
package scenarios

import "embed"

// FS holds the presets.
//
//go:embed *.yaml presets.json earlier.json
var FS embed.FS
