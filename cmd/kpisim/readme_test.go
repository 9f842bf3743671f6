//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeExamples runs every command the README shows ("$ kpisim …" or
// "$ go run ./cmd/kpisim …" in a code block) and compares its output with
// the block: all of it, or, where the block elides with "…", the lines it
// shows, in order.
func TestReadmeExamples(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := 0
	for _, block := range strings.Split(string(data), "```")[1:] {
		lines := strings.Split(strings.Trim(block, "\n"), "\n")
		cmd, ok := strings.CutPrefix(lines[0], "$ kpisim ")
		if !ok {
			cmd, ok = strings.CutPrefix(lines[0], "$ go run ./cmd/kpisim ")
		}
		if !ok {
			continue
		}
		blocks++
		args := strings.Fields(cmd)
		for i, a := range args { // paths are the repository's
			if _, err := os.Stat(filepath.Join("../..", a)); err == nil && strings.Contains(a, "/") {
				args[i] = filepath.Join("../..", a)
			}
		}
		out, errOut, code := runCmd(args...)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", lines[0], code, errOut)
			continue
		}
		got := strings.Split(strings.TrimRight(out, "\n"), "\n")
		want := lines[1:]
		if !strings.Contains(block, "…\n") {
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s: the README shows\n%s\nthe command prints\n%s", lines[0], strings.Join(want, "\n"), out)
			}
			continue
		}
		at := 0
		for _, w := range want {
			if w == "…" {
				continue
			}
			for at < len(got) && got[at] != w {
				at++
			}
			if at == len(got) {
				t.Errorf("%s: the README shows %q, which the command does not print (or not in this order):\n%s", lines[0], w, out)
				break
			}
		}
	}
	if blocks < 4 {
		t.Errorf("found %d commands in the README, want its 4 examples at least", blocks)
	}
}
