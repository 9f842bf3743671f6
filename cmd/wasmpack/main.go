// Wasmpack rewrites the data section of a WebAssembly module built by Go so
// that it compresses better, leaving the memory it starts with unchanged.
//
// Usage:
//
//	wasmpack [-gap n] [-strip-lines] [-strip-names] file.wasm
//	wasmpack -sizes func|pkg [-n 40] file.wasm
//
// The Go linker writes a module's initial memory as up to 100,000 data
// segments, cutting at every run of more than eight zero bytes; each cut
// costs a segment header (an offset and a length) that gzip and brotli
// compress poorly. Wasmpack lays the segments out in one memory image and
// cuts it only at runs of -gap or more zero bytes (64 by default), in place.
// For kpisim's app.wasm that is 100,000 segments down to about a hundred:
// 180 KB less gzip -9 and 120 KB less brotli, for 0.9 MB more raw bytes
// that are zeros (see README, issue 14).
//
// With -strip-lines it also clears the file and line tables of the Go
// runtime's function table (stripLines): the runtime reads them only to
// print where a function is, so tracebacks and runtime.Caller then say "?"
// and line 0. For kpisim's app.wasm that is 138 KB less gzip; build
// without it (make wasm STRIP=) to debug a panic with its lines.
//
// With -strip-names it clears the function names that the runtime only
// prints (stripNames): a traceback then names only the runtime's
// functions. For kpisim's app.wasm that is 54 KB less gzip.
//
// With -sizes it changes nothing and lists the largest functions, or
// packages, of a module built without -s (whose name section names them):
// GOOS=js GOARCH=wasm go build -o /tmp/full.wasm ./cmd/kpisim, then
// wasmpack -sizes pkg /tmp/full.wasm. It found the generic sorts that cost
// app.wasm 26 KB of gzip (README, issue 14).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	gap := flag.Int("gap", 64, "cut segments at runs of this many zero bytes or more")
	lines := flag.Bool("strip-lines", false, "clear the Go function table's file and line tables")
	names := flag.Bool("strip-names", false, "clear the function names the Go runtime only prints")
	sizesBy := flag.String("sizes", "", "list the largest `func`tions or `pkg`s of a module built without -s, and change nothing")
	top := flag.Int("n", 40, "with -sizes, how many to list")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: wasmpack [-gap n] [-strip-lines] [-strip-names] file.wasm\n       wasmpack -sizes func|pkg [-n 40] file.wasm")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *sizesBy != "" && *sizesBy != "func" && *sizesBy != "pkg" {
		flag.Usage()
		os.Exit(2)
	}
	if *sizesBy != "" {
		module, err := os.ReadFile(flag.Arg(0))
		if err == nil && (len(module) < 8 || string(module[:4]) != "\x00asm") {
			err = errors.New("not a WebAssembly module (no \\0asm header)")
		}
		var fs []codeSize
		if err == nil {
			fs, err = sizes(module)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "wasmpack:", err)
			os.Exit(1)
		}
		writeSizes(os.Stdout, fs, *sizesBy == "pkg", *top)
		return
	}
	var strips []strip
	if *lines {
		strips = append(strips, stripLines)
	}
	if *names {
		strips = append(strips, stripNames)
	}
	if err := packFile(flag.Arg(0), *gap, strips...); err != nil {
		fmt.Fprintln(os.Stderr, "wasmpack:", err)
		os.Exit(1)
	}
}

// strip clears what the program does not need from the memory image of a
// Go program built for js/wasm, and returns the bytes it cleared.
type strip func(mem []byte) (int, error)

// packFile packs the module in name in place, with each of strips applied
// to its memory.
func packFile(name string, gap int, strips ...strip) error {
	module, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var edits []func([]byte) error
	stripped := 0
	for _, s := range strips {
		edits = append(edits, func(mem []byte) error {
			_, err := s(mem)
			if err == nil {
				stripped++
			}
			return err
		})
	}
	packed, err := pack(module, gap, edits...)
	if err == nil && stripped < len(strips) {
		err = errors.New("no data section, so no Go function table to strip")
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	st, err := os.Stat(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, packed, st.Mode().Perm())
}
