//go:build (linux || darwin) && !wasm

package main

import (
	"os"
	"syscall"
	"unsafe"
)

// termColumns is the width of the terminal f is, or 0 when f is no
// terminal (a pipe, a file).
func termColumns(f *os.File) int {
	var ws struct{ Row, Col, X, Y uint16 } // struct winsize
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	if errno != 0 {
		return 0
	}
	return int(ws.Col)
}
