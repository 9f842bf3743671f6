// Package scenarios embeds the preset scenario files that ship with kpisim.
// go:embed cannot reach up the tree, so the files and this package live
// together; app/scenario parses them.
package scenarios

import "embed"

// FS holds every preset, one *.yaml file each.
//
//go:embed *.yaml
var FS embed.FS
