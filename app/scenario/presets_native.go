//go:build !wasm

package scenario

import "io/fs"

func loadPresets(fsys fs.FS) (Presets, error) { return LoadPresetsYAML(fsys) }
