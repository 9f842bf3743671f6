//go:build !wasm

package main

import (
	"os"

	"golang.org/x/term"
)

// termColumns is the width of the terminal f is, or 0 when f is no
// terminal (a pipe, a file): golang.org/x/term reads it on every system
// the CLI is built for, where a hand-written ioctl read it on Linux and
// macOS alone.
func termColumns(f *os.File) int {
	if !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	w, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return w
}
