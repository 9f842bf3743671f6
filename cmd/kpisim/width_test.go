//go:build !wasm

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outWidth: -width first, then for a file $COLUMNS and the terminal's
// width (none for a temporary file), else 100; never the environment's for
// a buffer (the tests' output), so that no test reads the shell's width.
func TestOutWidth(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf strings.Builder
	for _, tc := range []struct {
		name    string
		flag    int
		file    bool
		columns string
		want    int
	}{
		{"-width", 80, true, "120", 80},
		{"-width, a buffer", 120, false, "", 120},
		{"$COLUMNS", 0, true, "132", 132},
		{"$COLUMNS too narrow", 0, true, "20", minWidth},
		{"$COLUMNS not a number", 0, true, "wide", maxWidth},
		{"no terminal", 0, true, "", maxWidth},
		{"a buffer, $COLUMNS", 0, false, "132", maxWidth},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out io.Writer = &buf
			if tc.file {
				out = f
			}
			getenv := func(k string) string {
				if k == "COLUMNS" {
					return tc.columns
				}
				return ""
			}
			if got := outWidth(tc.flag, out, getenv); got != tc.want {
				t.Errorf("outWidth = %d, want %d", got, tc.want)
			}
		})
	}
}
