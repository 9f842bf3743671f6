//go:build !wasm

package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
)

// Widths of the text output, in terminal columns.
const (
	// maxWidth is how wide the output is when the terminal's width is
	// not known (a pipe, a file, a test), and the widest a line of prose
	// wraps at on a wider terminal: a sentence of 150 columns reads badly.
	maxWidth = 100
	// minWidth and maxColumns bound -width.
	minWidth   = 40
	maxColumns = 1000
)

// outWidth is how many columns the output out fills: -width's n when
// given (not 0); else, for a file (a terminal, a redirect), $COLUMNS
// when it is a number, as ls reads it, else the terminal's width; else
// maxWidth. A width narrower than minWidth is minWidth.
func outWidth(n int, out io.Writer, getenv func(string) string) int {
	if n != 0 {
		return n
	}
	f, ok := out.(*os.File)
	if !ok {
		return maxWidth
	}
	if c, err := strconv.Atoi(getenv("COLUMNS")); err == nil && c > 0 {
		return min(max(c, minWidth), maxColumns)
	}
	if c := termColumns(f); c > 0 {
		return min(max(c, minWidth), maxColumns)
	}
	return maxWidth
}

// columns is how many columns w fills: its width when it is a
// termWriter (the command's stdout), else maxWidth.
func columns(w io.Writer) int {
	if t, ok := w.(termWriter); ok && t.width > 0 {
		return t.width
	}
	return maxWidth
}

// prose is the width lines of text wrap at on w: its columns, at most
// maxWidth.
func prose(w io.Writer) int { return min(columns(w), maxWidth) }

// writeProse writes each of lines to w, wrapped at its prose width
// (wrapText).
func writeProse(w io.Writer, lines ...string) {
	for _, x := range lines {
		for _, y := range wrapText(x, prose(w)) {
			fmt.Fprintln(w, y)
		}
	}
}
