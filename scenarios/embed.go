// Package scenarios embeds the preset scenario files that ship with kpisim.
// go:embed cannot reach up the tree, so the files and this package live
// together; app/scenario parses them.
package scenarios

import "embed"

// FS holds every preset, one *.yaml file each, and presets.json, the same
// presets in the JSON form the browser reads.
//
//go:embed *.yaml presets.json
var FS embed.FS
