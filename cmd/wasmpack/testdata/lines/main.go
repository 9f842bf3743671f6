// Lines prints what the runtime reads from its function table: where a
// call is (file and line, which wasmpack -strip-lines clears), function
// names (cleared by -strip-names, but for the wrappers', which a nil
// receiver's panic parses), and stacks that the collector scans and
// unwinds (kept), for wasmpack's test to run with the tables and without.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{ n int }

func (t T) Value() int { return t.n }

type valuer interface{ Value() int }

// nilT hides its nil *T behind an interface the compiler cannot see
// through, so that the call below goes through the pointer wrapper.
//
//go:noinline
func nilT() valuer { return (*T)(nil) }

// deep recurses with pointers live on every frame and collects at the
// bottom, so the collector walks and scans n frames.
func deep(n int, p *[4]int) int {
	if n == 0 {
		runtime.GC()
		return p[0]
	}
	q := &[4]int{p[0] + 1}
	return deep(n-1, q) + p[0]
}

func main() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Printf("caller %s:%d %v\n", file[strings.LastIndex(file, "/")+1:], line, ok)

	pc, _, _, _ := runtime.Caller(0)
	fmt.Println("name", runtime.FuncForPC(pc).Name())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilT().Value() // the pointer wrapper of a value method: runtime.panicwrap
	}()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()

	done := make(chan int)
	for i := range 4 {
		go func() { done <- deep(200+i, &[4]int{i}) }()
	}
	sum := 0
	for range 4 {
		sum += <-done
	}
	fmt.Println("deep", sum, deep(1000, &[4]int{1}))
}
