package main

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// stripNames clears the function names of the Go function table in mem
// (the memory image of a Go program built for js/wasm) that the runtime
// reads only to print them: in a traceback and from runtime.FuncForPC,
// which then read "". Two kinds stay, because the runtime decides by them:
// the runtime's own, whose "runtime." prefix tells a system goroutine from
// the program's (isSystemGoroutine), and those of functions with a
// function ID, the runtime's special functions and the compiler's wrappers,
// whose name a nil receiver's panic parses (panicwrap). A name two
// functions share stays if either keeps it. It returns the number of bytes
// cleared, and refuses, changing nothing, a memory that holds no such
// table, or more than one, or a name outside the table.
func stripNames(mem []byte) (int, error) {
	t, err := findPCLN(mem)
	if err != nil {
		return 0, err
	}
	names := mem[t.funcnames:t.cutab]
	kept := make([]bool, len(names))
	for k := range t.nfunc {
		f := t.funcAt(mem, k)
		off := int(binary.LittleEndian.Uint32(mem[f+funcNameOff:]))
		if off >= len(names) {
			return 0, errors.New("a function's name lies outside the name table")
		}
		n := bytes.IndexByte(names[off:], 0)
		if n < 0 {
			return 0, errors.New("a function's name runs past the name table")
		}
		if mem[f+funcFuncID] != 0 || bytes.HasPrefix(names[off:off+n], []byte("runtime.")) {
			for j := off; j <= off+n; j++ {
				kept[j] = true
			}
		}
	}
	cleared, empty := 0, -1
	for j, keep := range kept {
		if !keep {
			if names[j] != 0 {
				names[j] = 0
				cleared++
			}
			if empty < 0 {
				empty = j
			}
		}
	}
	if empty < 0 {
		return cleared, nil
	}
	// Every function whose name is cleared now names the same empty
	// string: thousands of different offsets compress worse than one.
	for k := range t.nfunc {
		f := t.funcAt(mem, k)
		off := int(binary.LittleEndian.Uint32(mem[f+funcNameOff:]))
		if !kept[off] && off != empty {
			binary.LittleEndian.PutUint32(mem[f+funcNameOff:], uint32(empty))
			cleared += 4
		}
	}
	return cleared, nil
}
