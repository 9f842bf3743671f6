//go:build !linux && !darwin && !wasm

package main

import "os"

// termColumns is 0: the terminal's width is not read here, and the output
// is maxWidth wide unless $COLUMNS or -width says otherwise.
func termColumns(*os.File) int { return 0 }
