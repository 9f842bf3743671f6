package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The Go runtime's function table (pclntab), as Go 1.20 and later lay it
// out for a 64-bit target (runtime/symtab.go pcHeader, runtime2.go _func).
const (
	pclnMagic      = 0xfffffff1 // abi.Go120PCLnTabMagic
	pclnHeaderSize = 8 + 8*8    // magic, pads, minLC, ptrSize, then eight words
	funcSize       = 44         // _func without its pcdata and funcdata arrays
)

// Fields of _func, as byte offsets into it.
const (
	funcNameOff   = 4
	funcPCSP      = 16
	funcPCFile    = 20
	funcPCLine    = 24
	funcNPCData   = 28
	funcCUOffset  = 32
	funcStartLine = 36
	funcFuncID    = 40
	funcNFuncData = 43
)

// pclntab is the function table found in a memory image, with its parts
// as offsets into that image.
type pclntab struct {
	nfunc     int
	funcnames int // the function names, each closed by a zero byte
	cutab     int // the compilation units' file indexes
	filetab   int // the file names
	pctab     int // the pc-value tables every function's tables point into
	pclns     int // the functab, then every function's _func
	end       int // where pctab's tables must end: the start of pclns
}

// stripLines clears the file and line tables of the Go function table in
// mem, the memory image of a Go program built for js/wasm: each function's
// pcfile and pcln tables (the bytes no other table shares), its start line
// and compilation unit, and the compilation units' file lists and file
// names. The runtime reads
// them only to print a file and line (tracebacks, runtime.Caller), which
// then read "?" and 0; the tables it unwinds and scans stacks with (pcsp,
// pcdata) and the function names (see stripNames)
// stay. It returns the number of bytes cleared, and refuses a memory that
// holds no such table, or more than one.
func stripLines(mem []byte) (int, error) {
	t, err := findPCLN(mem)
	if err != nil {
		return 0, err
	}

	// Tables are shared between functions and kinds when their bytes are
	// the same: only the bytes no pcsp or pcdata table reads are cleared.
	kept := make([]bool, t.end-t.pctab)
	var dropped [][2]int
	for k := range t.nfunc {
		f := t.funcAt(mem, k)
		for _, off := range t.tables(mem, f) {
			n, _ := t.tableLen(mem, off) // readPCLN checked every table
			for j := range n {
				kept[off+j] = true
			}
		}
		for _, field := range []int{funcPCFile, funcPCLine} {
			off := int(binary.LittleEndian.Uint32(mem[f+field:]))
			if n, _ := t.tableLen(mem, off); n > 0 {
				dropped = append(dropped, [2]int{off, n})
			}
			binary.LittleEndian.PutUint32(mem[f+field:], 0)
		}
		binary.LittleEndian.PutUint32(mem[f+funcStartLine:], 0)
		binary.LittleEndian.PutUint32(mem[f+funcCUOffset:], 0) // read only with a pcfile table
	}
	cleared := 0
	zero := func(i int) {
		if mem[i] != 0 {
			mem[i] = 0
			cleared++
		}
	}
	for _, d := range dropped {
		for j := d[0]; j < d[0]+d[1]; j++ {
			if !kept[j] {
				zero(t.pctab + j)
			}
		}
	}
	for i := t.cutab; i < t.pctab; i++ { // cutab and filetab, read only through pcfile
		zero(i)
	}
	return cleared, nil
}

// findPCLN finds the one function table in mem, the memory image of a Go
// program built for js/wasm, and refuses a memory that holds none, or more
// than one.
func findPCLN(mem []byte) (pclntab, error) {
	var found []pclntab
	for i := 0; i+pclnHeaderSize <= len(mem); i++ { // the image need not start aligned
		if binary.LittleEndian.Uint32(mem[i:]) != pclnMagic {
			continue
		}
		if t, err := readPCLN(mem, i); err == nil {
			found = append(found, t)
		}
	}
	switch len(found) {
	case 0:
		return pclntab{}, errors.New("no Go function table (pclntab of Go 1.20 or later) in the module's memory")
	case 1:
		return found[0], nil
	default:
		return pclntab{}, fmt.Errorf("%d candidate Go function tables in the module's memory, expected one", len(found))
	}
}

// readPCLN reads and checks the table whose header is at mem[at:]: every
// offset inside the image and in order, every function's record and tables
// whole.
func readPCLN(mem []byte, at int) (pclntab, error) {
	h := mem[at:]
	if h[4] != 0 || h[5] != 0 || h[6] != 1 || h[7] != 8 {
		return pclntab{}, errors.New("not a js/wasm header (pads 0, minLC 1, ptrSize 8)")
	}
	word := func(i int) uint64 { return binary.LittleEndian.Uint64(h[8+8*i:]) }
	nfunc, offs := word(0), [5]uint64{word(3), word(4), word(5), word(6), word(7)}
	prev := uint64(pclnHeaderSize)
	for _, o := range offs {
		if o < prev || o > uint64(len(h)) {
			return pclntab{}, errors.New("offsets out of order")
		}
		prev = o
	}
	t := pclntab{funcnames: at + int(offs[0]), cutab: at + int(offs[1]), filetab: at + int(offs[2]), pctab: at + int(offs[3]), pclns: at + int(offs[4])}
	t.end = t.pclns
	if entries := uint64(len(mem)-t.pclns) / 8; nfunc == 0 || nfunc >= entries { // nfunc entries and the end's

		return pclntab{}, errors.New("functab outside the image")
	}
	t.nfunc = int(nfunc)
	last := uint32(0)
	for k := range t.nfunc {
		entry := binary.LittleEndian.Uint32(mem[t.pclns+8*k:])
		if entry < last {
			return pclntab{}, errors.New("functab not sorted")
		}
		last = entry
		f := t.pclns + int(binary.LittleEndian.Uint32(mem[t.pclns+8*k+4:]))
		if f < t.pclns || f+funcSize > len(mem) {
			return pclntab{}, errors.New("function record outside the image")
		}
		n := int(binary.LittleEndian.Uint32(mem[f+funcNPCData:])) + int(mem[f+funcNFuncData])
		if f+funcSize+4*n > len(mem) {
			return pclntab{}, errors.New("function record outside the image")
		}
		for _, off := range append(t.tables(mem, f), t.lineTables(mem, f)...) {
			if _, err := t.tableLen(mem, off); err != nil {
				return pclntab{}, err
			}
		}
	}
	return t, nil
}

// funcAt is the offset of function k's _func.
func (t pclntab) funcAt(mem []byte, k int) int {
	return t.pclns + int(binary.LittleEndian.Uint32(mem[t.pclns+8*k+4:]))
}

// tables are the offsets into pctab of the tables of the _func at f that
// the runtime needs: pcsp and every pcdata.
func (t pclntab) tables(mem []byte, f int) []int {
	offs := []int{int(binary.LittleEndian.Uint32(mem[f+funcPCSP:]))}
	for j := range int(binary.LittleEndian.Uint32(mem[f+funcNPCData:])) {
		offs = append(offs, int(binary.LittleEndian.Uint32(mem[f+funcSize+4*j:])))
	}
	return offs
}

// lineTables are the offsets of the _func's pcfile and pcln tables.
func (t pclntab) lineTables(mem []byte, f int) []int {
	return []int{int(binary.LittleEndian.Uint32(mem[f+funcPCFile:])), int(binary.LittleEndian.Uint32(mem[f+funcPCLine:]))}
}

// tableLen is the length of the pc-value table at offset off of pctab, its
// closing zero included: pairs of a value delta and a pc delta, both
// varints, until a zero value delta after the first pair (runtime.step).
// Offset 0 is no table.
func (t pclntab) tableLen(mem []byte, off int) (int, error) {
	if off == 0 {
		return 0, nil
	}
	tab := mem[t.pctab:t.end]
	if off >= len(tab) {
		return 0, errors.New("table outside pctab")
	}
	r := reader{b: tab, i: off}
	for first := true; ; first = false {
		if r.i < len(tab) && tab[r.i] == 0 && !first {
			return r.i + 1 - off, nil
		}
		r.uleb()
		r.uleb()
		if r.err != nil {
			return 0, errors.New("table runs past pctab")
		}
	}
}
