package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// module builds a WebAssembly binary: the header, then each section as id
// and body.
func module(sections ...[]byte) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range sections {
		b = append(b, s[0])
		b = appendULEB(b, uint64(len(s)-1))
		b = append(b, s[1:]...)
	}
	return b
}

func dataSection(segs ...segment) []byte {
	return append([]byte{sectionData}, writeSegments(segs)...)
}

func countSection(n int) []byte {
	return appendULEB([]byte{sectionDataCount}, uint64(n))
}

// custom is a section pack must copy as it is.
var custom = append([]byte{0, 4}, "name\x01\x02"...)

// image is the memory a module's data section writes, from its first
// non-zero byte (at base) to its last.
func image(t testing.TB, mod []byte) (base int, mem []byte) {
	t.Helper()
	r := reader{b: mod, i: 8}
	for r.i < len(r.b) {
		id := r.byte()
		body := r.bytes(int(r.uleb()))
		if r.err != nil {
			t.Fatal(r.err)
		}
		if id != sectionData {
			continue
		}
		segs, err := readSegments(body)
		if err != nil {
			t.Fatal(err)
		}
		if len(segs) == 0 {
			return 0, nil
		}
		end := 0
		base = segs[0].offset
		for _, s := range segs {
			base, end = min(base, s.offset), max(end, s.offset+len(s.data))
		}
		mem = make([]byte, end-base)
		for _, s := range segs {
			copy(mem[s.offset-base:], s.data)
		}
	}
	trimmed := bytes.TrimLeft(mem, "\x00")
	if len(trimmed) == 0 {
		return 0, nil
	}
	return base + len(mem) - len(trimmed), bytes.TrimRight(trimmed, "\x00")
}

func segmentsOf(t *testing.T, mod []byte) []segment {
	t.Helper()
	r := reader{b: mod, i: 8}
	for r.i < len(r.b) {
		id := r.byte()
		body := r.bytes(int(r.uleb()))
		if id == sectionData {
			segs, err := readSegments(body)
			if err != nil {
				t.Fatal(err)
			}
			return segs
		}
	}
	return nil
}

func TestPack(t *testing.T) {
	zeros := func(n int) string { return strings.Repeat("\x00", n) }
	tests := []struct {
		name string
		in   []byte
		gap  int
		want []segment // nil: the module comes back unchanged
	}{{
		name: "short zero runs merge",
		in:   module(custom, dataSection(segment{16, []byte("ab")}, segment{27, []byte("cd")}, segment{40, []byte("e")})),
		gap:  64,
		want: []segment{{16, []byte("ab" + zeros(9) + "cd" + zeros(11) + "e")}},
	}, {
		name: "a run as long as the gap cuts",
		in:   module(dataSection(segment{0, []byte("a")}, segment{5, []byte("b")}, segment{7, []byte("c")})),
		gap:  4,
		want: []segment{{0, []byte("a")}, {5, []byte("b\x00c")}},
	}, {
		name: "zeros inside a segment cut it too",
		in:   module(dataSection(segment{100, []byte("a" + zeros(8) + "b")})),
		gap:  8,
		want: []segment{{100, []byte("a")}, {109, []byte("b")}},
	}, {
		name: "leading and trailing zeros are dropped",
		in:   module(dataSection(segment{8, []byte("\x00\x00xy\x00")}, segment{20, []byte("\x00")})),
		gap:  64,
		want: []segment{{10, []byte("xy")}},
	}, {
		name: "an all-zero section keeps no segment",
		in:   module(countSection(2), dataSection(segment{8, []byte("\x00")}, segment{20, []byte("\x00\x00")})),
		gap:  64,
		want: []segment{},
	}, {
		name: "the data count follows",
		in:   module(countSection(3), custom, dataSection(segment{0, []byte("a")}, segment{2, []byte("b")}, segment{300, []byte("c")})),
		gap:  128,
		want: []segment{{0, []byte("a\x00b")}, {300, []byte("c")}},
	}, {
		name: "offsets past two bytes of LEB128",
		in:   module(dataSection(segment{1 << 20, []byte("a")}, segment{1<<20 + 3, []byte("b")})),
		gap:  64,
		want: []segment{{1 << 20, []byte("a\x00\x00b")}},
	}, {
		name: "segments out of address order",
		in:   module(dataSection(segment{40, []byte("c")}, segment{8, []byte("a")}, segment{20, []byte("b")})),
		gap:  32,
		want: []segment{{8, []byte("a" + zeros(11) + "b" + zeros(19) + "c")}},
	}, {
		name: "no data section",
		in:   module(custom),
		gap:  64,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := pack(tt.in, tt.gap)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == nil {
				if !bytes.Equal(out, tt.in) {
					t.Fatalf("module changed:\n got %q\nwant %q", out, tt.in)
				}
				return
			}
			got := segmentsOf(t, out)
			if len(got) != len(tt.want) {
				t.Fatalf("%d segments %v, want %d %v", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i].offset != tt.want[i].offset || !bytes.Equal(got[i].data, tt.want[i].data) {
					t.Errorf("segment %d = %d %q, want %d %q", i, got[i].offset, got[i].data, tt.want[i].offset, tt.want[i].data)
				}
			}
			if bytes.Contains(tt.in, custom) && !bytes.Contains(out, custom) {
				t.Error("the custom section was not copied")
			}
			if bytes.Contains(tt.in, countSection(0)[:1]) {
				if c := countOf(t, out); c != len(tt.want) {
					t.Errorf("data count %d, want %d", c, len(tt.want))
				}
			}
		})
	}
}

// countOf reads a module's data count section; -1 when it has none.
func countOf(t *testing.T, mod []byte) int {
	r := reader{b: mod, i: 8}
	for r.i < len(r.b) {
		id := r.byte()
		body := r.bytes(int(r.uleb()))
		if id == sectionDataCount {
			b := reader{b: body}
			return int(b.uleb())
		}
	}
	return -1
}

func TestPackRefuses(t *testing.T) {
	passive := []byte{sectionData, 1, 1, 1, 'a'}
	global := []byte{sectionData, 1, 0, 0x23, 0, opEnd, 1, 'a'}
	tests := []struct {
		name, in, want string
		gap            int
	}{
		{"not wasm", "\x7fELF\x02\x01\x01\x00", "not a WebAssembly module", 64},
		{"a gap of zero", string(module()), "gap 0: must be at least 1 byte", 0},
		{"a truncated section", string(module(dataSection(segment{0, []byte("abc")})))[:14], "unexpected end of module", 64},
		{"a passive segment", string(module(passive)), "segment 0: mode 1", 64},
		{"an offset from a global", string(module(global)), "segment 0: offset is not an i32.const", 64},
		{"overlapping segments", string(module(dataSection(segment{12, []byte("x")}, segment{10, []byte("abcd")}))), "segments overlap: 1 bytes at 12, and the 4 bytes before it end at 14", 64},
		{"more segments than bytes", string(module([]byte{sectionData, 0x7f})), "127 segments in 1 bytes", 64},
		{"bytes after the segments", string(module(append(dataSection(segment{0, []byte("a")}), 9))), "1 bytes after the last segment", 64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pack([]byte(tt.in), tt.gap)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// FuzzPack: whatever it is given, pack does not panic, and a module it
// packs starts with the same memory in segments cut at gap zeros.
func FuzzPack(f *testing.F) {
	f.Add(module(custom, dataSection(segment{16, []byte("ab")}, segment{27, []byte("cd")})), 4)
	f.Add(module(countSection(1), dataSection(segment{1 << 20, []byte("\x00a\x00\x00b")})), 1)
	f.Add([]byte("\x00asm\x01\x00\x00\x00\x0b\x01\x00"), 64)
	f.Fuzz(func(t *testing.T, in []byte, gap int) {
		gap = gap%100 + 1
		if gap < 1 {
			gap += 100
		}
		out, err := pack(in, gap)
		if err != nil {
			return
		}
		b1, m1 := image(t, in)
		b2, m2 := image(t, out)
		if b1 != b2 || !bytes.Equal(m1, m2) {
			t.Fatalf("memory changed: %d %q -> %d %q", b1, m1, b2, m2)
		}
		for _, s := range segmentsOf(t, out) {
			if len(s.data) == 0 || s.data[0] == 0 || s.data[len(s.data)-1] == 0 || bytes.Contains(s.data, make([]byte, gap)) {
				t.Fatalf("segment %d %q not cut at %d zeros", s.offset, s.data, gap)
			}
		}
	})
}

// TestPackedProgramRuns builds a Go program for js/wasm, packs it, and runs
// both with Node: the same output from far fewer segments.
func TestPackedProgramRuns(t *testing.T) {
	wasm, run := buildProgram(t, "./testdata/hello")
	want := run()
	before := len(segmentsOf(t, mustRead(t, wasm)))
	if err := packFile(wasm, 64); err != nil {
		t.Fatal(err)
	}
	packed := mustRead(t, wasm)
	if got := run(); got != want || !strings.HasPrefix(got, "hello 9895604650073 120 6") {
		t.Errorf("packed program printed %q, unpacked %q", got, want)
	}
	if after := len(segmentsOf(t, packed)); after*10 > before {
		t.Errorf("%d segments packed into %d: expected at least ten times fewer", before, after)
	}
}

// buildProgram builds the Go program pkg for js/wasm as wasmpack's users
// do (-trimpath, -s -w) and returns its file and a run of it under Node,
// which gives what it printed. Without Node on the PATH the test is
// skipped.
func buildProgram(t *testing.T, pkg string) (wasm string, run func() string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node on PATH")
	}
	wasm = filepath.Join(t.TempDir(), filepath.Base(pkg)+".wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, pkg)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return wasm, func() string {
		t.Helper()
		cmd := exec.Command(node, filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec_node.js"), wasm)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("node %s: %v\n%s", wasm, err, out)
		}
		return string(out)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
