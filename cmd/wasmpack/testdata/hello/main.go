// Hello prints data the Go linker lays out with short runs of zeros between
// its bytes, for wasmpack's test to run packed and unpacked.
package main

import "fmt"

var table = [...]uint64{1, 0, 0, 2, 0, 0, 0, 3, 1 << 40, 0, 0, 0, 0, 4}

var words = map[string]int{"calls": 120, "meetings": 30, "deals": 6}

func main() {
	sum := uint64(0)
	for i, v := range table {
		sum += uint64(i+1) * v
	}
	fmt.Println("hello", sum, words["calls"], words["deals"])
}
