package main

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// fakeFunc is a function of a fake pclntab: offsets into its pctab.
type fakeFunc struct {
	pcsp, pcfile, pcln uint32
	pcdata             []uint32
	startLine          int32
	name               string // "f0", "f1"… when empty; the table holds each name once
	funcID             byte
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
	funcs = slices.Clone(funcs)
	var names []byte
	nameOff := map[string]int{}
	for k, f := range funcs {
		if f.name == "" {
			f.name = "f" + strconv.Itoa(k)
		}
		if _, ok := nameOff[f.name]; !ok {
			nameOff[f.name] = len(names)
			names = append(append(names, f.name...), 0)
		}
		funcs[k].name = f.name
	}
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
		r = le.AppendUint32(r, uint32(nameOff[f.name]))
		r = le.AppendUint32(r, 0)
		r = le.AppendUint32(r, 0)
		r = le.AppendUint32(r, f.pcsp)
		r = le.AppendUint32(r, f.pcfile)
		r = le.AppendUint32(r, f.pcln)
		r = le.AppendUint32(r, uint32(len(f.pcdata)))
		r = le.AppendUint32(r, uint32(k)) // cuOffset
		r = le.AppendUint32(r, uint32(f.startLine))
		r = append(r, f.funcID, 0, 0, 0)
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
			for _, field := range []int{funcPCFile, funcPCLine, funcStartLine, funcCUOffset} {
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
	cases := []refusal{
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
	refuses(t, stripLines, cases)
}

// refusal is a memory a strip refuses, with what its error says.
type refusal struct {
	name string
	mem  []byte
	want string
}

// refuses checks that s refuses each case's memory, saying why, and
// leaves it as it was.
func refuses(t *testing.T, s strip, cases []refusal) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := bytes.Clone(c.mem)
			_, err := s(c.mem)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err %v, want one saying %q", err, c.want)
			}
			if !bytes.Equal(c.mem, before) {
				t.Error("a refused memory was changed")
			}
		})
	}
}

// Whatever the memory, each strip returns or refuses, and a memory it
// stripped has nothing more for it to strip.
func FuzzStrip(f *testing.F) {
	f.Add(fakeTable(0, fakeFuncs, fakePCTab))
	f.Add(fakeTable(5, fakeFuncs[:1], fakePCTab))
	f.Add(fakeTable(3, []fakeFunc{{name: "runtime.x"}, {name: "y", funcID: 2}}, fakePCTab))
	f.Fuzz(func(t *testing.T, mem []byte) {
		for i, s := range []strip{stripLines, stripNames} {
			if _, err := s(mem); err != nil {
				continue
			}
			if n, err := s(mem); err != nil || n != 0 {
				t.Fatalf("strip %d: stripped memory: again %d, %v", i, n, err)
			}
		}
	})
}

// TestStrippedProgramRuns builds a Go program for js/wasm, packs it with
// its line tables and names and without, and runs both with Node: the same
// output, but for where the call is and the caller's name, which the
// stripped one cannot say. A nil receiver's panic still names its method
// (the wrapper's name stays), and the collector still walks every stack.
func TestStrippedProgramRuns(t *testing.T) {
	wasm, run := buildProgram(t, "./testdata/lines")
	want := run()
	if !strings.HasPrefix(want, "caller main.go:") || !strings.Contains(want, "name main.main\n") {
		t.Fatalf("the program says %q: it should start with where its call is, then its name", want)
	}
	if !strings.Contains(want, "recovered: value method main.T.Value called using nil *T pointer\n") {
		t.Fatalf("the program says %q: it should name the method a nil receiver called", want)
	}
	for _, c := range []struct {
		name   string
		strips []strip
		want   string
	}{
		{"lines", []strip{stripLines}, strings.Replace(want, want[:strings.Index(want, "\n")], "caller ?:0 true", 1)},
		{"lines and names", []strip{stripLines, stripNames}, strings.Replace(strings.Replace(want, want[:strings.Index(want, "\n")], "caller ?:0 true", 1), "name main.main\n", "name \n", 1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			wasm, run := buildProgram(t, "./testdata/lines")
			if err := packFile(wasm, 64, c.strips...); err != nil {
				t.Fatal(err)
			}
			if got := run(); got != c.want {
				t.Errorf("stripped program printed\n%s\nwant\n%s", got, c.want)
			}
		})
	}
	_ = wasm
}
