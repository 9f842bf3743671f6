package main

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"testing"
)

// fakeFunc is a function of a fake pclntab: offsets into its pctab.
type fakeFunc struct {
	pcsp, pcfile, pcln uint32
	pcdata             []uint32
	startLine          int32
}

// The pctab of fakeTable: four tables after the zero that is no table.
var fakePCTab = []byte{
	0,
	0x02, 0x05, 0x00, // 1: shared by f0's pcsp and f1's pcln
	0x04, 0x03, 0x06, 0x01, 0x00, // 4: f0's pcln alone
	0x02, 0x08, 0x00, // 9: both pcfiles
	0x06, 0x02, 0x00, // 12: f0's pcdata 0
}

var fakeFuncs = []fakeFunc{
	{pcsp: 1, pcfile: 9, pcln: 4, pcdata: []uint32{12}, startLine: 17},
	{pcsp: 0, pcfile: 9, pcln: 1, startLine: 40},
}

// fakeTable lays out a Go 1.20+ pclntab for js/wasm at offset at of a
// memory image: header, function names, cutab, filetab, pctab, functab and
// the functions' records, with bytes of other data around it.
func fakeTable(at int, funcs []fakeFunc, pctab []byte) []byte {
	mem := bytes.Repeat([]byte{0xAA}, at)
	le := binary.LittleEndian
	names := []byte("f0\x00f1\x00")
	cutab := le.AppendUint32(le.AppendUint32(nil, 0), 0)
	filetab := []byte("a.go\x00")
	offs := []int{pclnHeaderSize}
	for _, part := range [][]byte{names, cutab, filetab, pctab} {
		offs = append(offs, offs[len(offs)-1]+len(part))
	}
	h := le.AppendUint32(nil, pclnMagic)
	h = append(h, 0, 0, 1, 8)
	h = le.AppendUint64(h, uint64(len(funcs)))
	h = le.AppendUint64(h, 1)
	h = le.AppendUint64(h, 0)
	for _, o := range offs {
		h = le.AppendUint64(h, uint64(o))
	}
	mem = append(mem, h...)
	mem = append(mem, names...)
	mem = append(mem, cutab...)
	mem = append(mem, filetab...)
	mem = append(mem, pctab...)
	ftab := 8 * (len(funcs) + 1)
	var recs []byte
	for k, f := range funcs {
		mem = le.AppendUint32(mem, uint32(0x10000*k))
		mem = le.AppendUint32(mem, uint32(ftab+len(recs)))
		r := le.AppendUint32(nil, uint32(0x10000*k))
		r = le.AppendUint32(r, uint32(3*k)) // nameOff
		r = le.AppendUint32(r, 0)
		r = le.AppendUint32(r, 0)
		r = le.AppendUint32(r, f.pcsp)
		r = le.AppendUint32(r, f.pcfile)
		r = le.AppendUint32(r, f.pcln)
		r = le.AppendUint32(r, uint32(len(f.pcdata)))
		r = le.AppendUint32(r, 0)
		r = le.AppendUint32(r, uint32(f.startLine))
		r = append(r, 0, 0, 0, 0)
		for _, d := range f.pcdata {
			r = le.AppendUint32(r, d)
		}
		recs = append(recs, r...)
	}
	mem = le.AppendUint32(mem, uint32(0x10000*len(funcs)))
	mem = le.AppendUint32(mem, 0)
	mem = append(mem, recs...)
	return append(mem, bytes.Repeat([]byte{0xBB}, 32)...)
}

func TestStripLines(t *testing.T) {
	for _, at := range []int{0, 13, 4096} {
		mem := fakeTable(at, fakeFuncs, fakePCTab)
		before := bytes.Clone(mem)
		n, err := stripLines(mem)
		if err != nil {
			t.Fatalf("at %d: %v", at, err)
		}
		tab, err := readPCLN(mem, at)
		if err != nil {
			t.Fatalf("at %d: the stripped table no longer reads: %v", at, err)
		}
		pct := mem[tab.pctab:tab.end]
		want := bytes.Clone(fakePCTab)
		clear(want[4:12]) // f0's pcln and the pcfiles; the shared table stays
		if !bytes.Equal(pct, want) {
			t.Errorf("at %d: pctab %x, want %x", at, pct, want)
		}
		for k := range fakeFuncs {
			f := tab.funcAt(mem, k)
			for _, field := range []int{funcPCFile, funcPCLine, funcStartLine} {
				if v := binary.LittleEndian.Uint32(mem[f+field:]); v != 0 {
					t.Errorf("at %d: function %d keeps %d at field %d", at, k, v, field)
				}
			}
			if got, want := tab.tables(mem, f), tab.tables(before, f); !slices.Equal(got, want) {
				t.Errorf("at %d: function %d's pcsp and pcdata %v, were %v", at, k, got, want)
			}
		}
		if files := mem[tab.cutab:tab.pctab]; bytes.Count(files, []byte{0}) != len(files) {
			t.Errorf("at %d: cutab and filetab left: %q", at, files)
		}
		if names := mem[at+pclnHeaderSize : tab.cutab]; string(names) != "f0\x00f1\x00" {
			t.Errorf("at %d: names %q changed", at, names)
		}
		if !bytes.Equal(mem[:at], before[:at]) || !bytes.Equal(mem[len(mem)-32:], before[len(mem)-32:]) {
			t.Errorf("at %d: bytes outside the table changed", at)
		}
		if n == 0 {
			t.Errorf("at %d: nothing cleared", at)
		}
		if again, err := stripLines(mem); err != nil || again != 0 {
			t.Errorf("at %d: stripping again cleared %d (%v), want 0", at, again, err)
		}
	}
}

func TestStripLinesRefuses(t *testing.T) {
	one := fakeTable(8, fakeFuncs, fakePCTab)
	pastEnd := bytes.Clone(fakePCTab)
	pastEnd[len(pastEnd)-1] = 0x80 // f0's pcdata runs into the functab
	cases := []struct {
		name string
		mem  []byte
		want string
	}{
		{"no table", bytes.Repeat([]byte{1, 2, 3}, 100), "no Go function table"},
		{"two tables", append(bytes.Clone(one), one...), "2 candidate"},
		{"a table running past pctab", fakeTable(8, fakeFuncs, pastEnd), "no Go function table"},
		{"a table outside pctab", fakeTable(8, []fakeFunc{{pcsp: 500}}, fakePCTab), "no Go function table"},
		{"a 32-bit header", func() []byte { m := bytes.Clone(one); m[8+7] = 4; return m }(), "no Go function table"},
		{"offsets out of order", func() []byte {
			m := bytes.Clone(one)
			binary.LittleEndian.PutUint64(m[8+8+8*4:], 1<<40)
			return m
		}(), "no Go function table"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := bytes.Clone(c.mem)
			_, err := stripLines(c.mem)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err %v, want one saying %q", err, c.want)
			}
			if !bytes.Equal(c.mem, before) {
				t.Error("a refused memory was changed")
			}
		})
	}
}

// Whatever the memory, stripLines returns or refuses, and a memory it
// stripped has nothing more to strip.
func FuzzStripLines(f *testing.F) {
	f.Add(fakeTable(0, fakeFuncs, fakePCTab))
	f.Add(fakeTable(5, fakeFuncs[:1], fakePCTab))
	f.Fuzz(func(t *testing.T, mem []byte) {
		if _, err := stripLines(mem); err != nil {
			return
		}
		if n, err := stripLines(mem); err != nil || n != 0 {
			t.Fatalf("stripped memory: again %d, %v", n, err)
		}
	})
}

// TestStrippedProgramRuns builds a Go program for js/wasm, packs it with
// its line tables and without, and runs both with Node: the same output,
// but for where the call is, which the stripped one cannot say.
func TestStrippedProgramRuns(t *testing.T) {
	wasm, run := buildProgram(t, "./testdata/lines")
	want := run()
	if !strings.HasPrefix(want, "caller main.go:") {
		t.Fatalf("the program says %q: it should start with where its call is", want)
	}
	if err := packFile(wasm, 64, true); err != nil {
		t.Fatal(err)
	}
	got := run()
	_, rest, _ := strings.Cut(want, "\n")
	if want := "caller ?:0 true\n" + rest; got != want {
		t.Errorf("stripped program printed\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(got, "name main.main\n") || !strings.Contains(got, "deep 82830 501501\n") {
		t.Errorf("stripped program lost names or stacks:\n%s", got)
	}
}
