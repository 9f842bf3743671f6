package main

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

func TestStripNames(t *testing.T) {
	funcs := []fakeFunc{
		{name: "main.main"},
		{name: "runtime.gopark"},              // the runtime's: kept
		{name: "main.(*T).Value", funcID: 22}, // a wrapper: kept
		{name: "main.shared"},
		{name: "main.shared", funcID: 1}, // the same name, kept by the second
		{name: "main.(*T).Set"},
	}
	for _, at := range []int{0, 13} {
		mem := fakeTable(at, funcs, fakePCTab)
		before := bytes.Clone(mem)
		n, err := stripNames(mem)
		if err != nil {
			t.Fatalf("at %d: %v", at, err)
		}
		tab, err := readPCLN(mem, at)
		if err != nil {
			t.Fatalf("at %d: the stripped table no longer reads: %v", at, err)
		}
		var got []string
		for k := range funcs {
			off := tab.funcnames + int(binary.LittleEndian.Uint32(mem[tab.funcAt(mem, k)+funcNameOff:]))
			got = append(got, string(mem[off:off+bytes.IndexByte(mem[off:], 0)]))
		}
		if want := []string{"", "runtime.gopark", "main.(*T).Value", "main.shared", "main.shared", ""}; strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("at %d: names %q, want %q", at, got, want)
		}
		// The two names are cleared, and the second function whose name is
		// cleared names the first one's place: an offset of 4 bytes.
		if n != len("main.main")+len("main.(*T).Set")+4 {
			t.Errorf("at %d: cleared %d bytes, want the two names' and an offset", at, n)
		}
		// Only names and their offsets change: every other byte is as it was.
		offsets := map[int]bool{}
		for k := range funcs {
			for j := range 4 {
				offsets[tab.funcAt(mem, k)+funcNameOff+j] = true
			}
		}
		for i := range mem {
			if mem[i] != before[i] && (i < tab.funcnames || i >= tab.cutab) && !offsets[i] {
				t.Fatalf("at %d: byte %d outside the names and their offsets changed", at, i)
			}
		}
		if again, err := stripNames(mem); err != nil || again != 0 {
			t.Errorf("at %d: stripping again cleared %d (%v), want 0", at, again, err)
		}
		if _, err := stripLines(mem); err != nil {
			t.Errorf("at %d: the lines no longer strip after the names: %v", at, err)
		}
	}
}

func TestStripNamesRefuses(t *testing.T) {
	outside := fakeTable(8, fakeFuncs, fakePCTab)
	tab, err := readPCLN(outside, 8)
	if err != nil {
		t.Fatal(err)
	}
	binary.LittleEndian.PutUint32(outside[tab.funcAt(outside, 1)+funcNameOff:], 1000)
	unclosed := fakeTable(8, fakeFuncs, fakePCTab)
	unclosed[tab.cutab-1] = 'x' // the last name runs into cutab
	refuses(t, stripNames, []refusal{
		{"no table", bytes.Repeat([]byte{1, 2, 3}, 100), "no Go function table"},
		{"a name outside the table", outside, "outside the name table"},
		{"a name not closed", unclosed, "runs past the name table"},
	})
}
