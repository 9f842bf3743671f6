package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// sectionImport, sectionCode and sectionCustom are the ids of the sections
// sizes reads.
const (
	sectionImport = 2
	sectionCode   = 10
	sectionCustom = 0
)

// codeSize is a function's code in a module: its name, as the module's
// name section gives it, and the bytes of its body.
type codeSize struct {
	Name string
	Size int
}

// sizes lists the functions of a module built without -s (which drops the
// name section), largest first: what issue 14's download is made of, by
// function or (pkg) summed by package.
func sizes(module []byte) ([]codeSize, error) {
	r := reader{b: module, i: 8}
	imports := 0 // function imports come first in the function index space
	var bodies []int
	names := map[int]string{}
	for r.i < len(r.b) {
		id := r.byte()
		sec := reader{b: r.bytes(int(r.uleb()))}
		if r.err != nil {
			return nil, r.err
		}
		switch id {
		case sectionImport:
			for n := sec.uleb(); n > 0 && sec.err == nil; n-- {
				sec.bytes(int(sec.uleb())) // module
				sec.bytes(int(sec.uleb())) // field
				switch sec.byte() {
				case 0: // a function: its type
					sec.uleb()
					imports++
				case 1: // a table: its element type and limits
					sec.byte()
					limits(&sec)
				case 2: // a memory
					limits(&sec)
				case 3: // a global: its type and mutability
					sec.bytes(2)
				}
			}
		case sectionCode:
			for n := sec.uleb(); n > 0 && sec.err == nil; n-- {
				size := int(sec.uleb())
				sec.bytes(size)
				bodies = append(bodies, size)
			}
		case sectionCustom:
			if string(sec.bytes(int(sec.uleb()))) != "name" {
				continue
			}
			for sec.i < len(sec.b) && sec.err == nil {
				sub, body := sec.byte(), reader{b: sec.bytes(int(sec.uleb()))}
				if sub != 1 { // function names
					continue
				}
				for n := body.uleb(); n > 0 && body.err == nil; n-- {
					k := int(body.uleb())
					names[k] = string(body.bytes(int(body.uleb())))
				}
			}
		}
		if sec.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, sec.err)
		}
	}
	if len(names) == 0 {
		return nil, errors.New("no function names: build without -ldflags=-s")
	}
	out := make([]codeSize, len(bodies))
	for k, size := range bodies {
		out[k] = codeSize{Name: names[imports+k], Size: size}
	}
	slices.SortFunc(out, func(a, b codeSize) int { return cmp.Or(b.Size-a.Size, strings.Compare(a.Name, b.Name)) })
	return out, nil
}

// limits skips a table's or memory's limits: a flag, a minimum, and a
// maximum when the flag says so.
func limits(r *reader) {
	if r.byte()&1 == 1 {
		r.uleb()
	}
	r.uleb()
}

// pkgOf is the package of a function name as Go's linker writes it in a
// wasm name section, the path's slashes as underscores:
// "github.com_kpisim_kpisim_app_ui.__Page_.presentation" is
// "github.com_kpisim_kpisim_app_ui", "runtime.mallocgc" is "runtime". A
// path that starts with a domain (github.com, go.yaml.in, rsc.io) ends at
// the first dot after it.
func pkgOf(name string) string {
	from := 0
	if u := strings.Index(name, "_"); u > 0 {
		head := name[:u]
		if d := strings.LastIndex(head, "."); d > 0 && domains[head[d+1:]] && !strings.ContainsAny(head, "()*") {
			from = u
		}
	}
	if i := strings.Index(name[from:], "."); i >= 0 {
		return name[:from+i]
	}
	return name
}

// domains are the top-level domains module paths start with here.
var domains = map[string]bool{"com": true, "org": true, "io": true, "in": true, "net": true, "dev": true}

// writeSizes prints the n largest functions, or packages when byPkg, with
// their bytes and the total.
func writeSizes(w io.Writer, fs []codeSize, byPkg bool, n int) {
	total := 0
	for _, f := range fs {
		total += f.Size
	}
	if byPkg {
		sum := map[string]int{}
		for _, f := range fs {
			sum[pkgOf(f.Name)] += f.Size
		}
		fs = fs[:0:0]
		for p, size := range sum {
			fs = append(fs, codeSize{Name: p, Size: size})
		}
		slices.SortFunc(fs, func(a, b codeSize) int { return cmp.Or(b.Size-a.Size, strings.Compare(a.Name, b.Name)) })
	}
	for _, f := range fs[:min(n, len(fs))] {
		fmt.Fprintf(w, "%9d %5.1f%% %s\n", f.Size, 100*float64(f.Size)/float64(max(total, 1)), f.Name)
	}
	fmt.Fprintf(w, "%9d total code bytes\n", total)
}
