package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Section ids of the WebAssembly binary format that pack rewrites.
const (
	sectionData      = 11
	sectionDataCount = 12
)

// opI32Const and opEnd frame an active segment's offset expression.
const (
	opI32Const = 0x41
	opEnd      = 0x0b
)

// segment is an active data segment of memory 0: bytes copied to offset at
// instantiation.
type segment struct {
	offset int
	data   []byte
}

// pack returns module with its data section rewritten as the fewest
// segments that leave no run of gap or more zero bytes inside a segment;
// the memory the module starts with is byte for byte the same. A module
// without a data section comes back unchanged. It refuses (with the reason)
// what it cannot rewrite faithfully: passive segments, segments for another
// memory or at a computed offset, and overlapping segments. Each of edits,
// if any, may change the memory image (from the first segment's offset)
// before it is cut again; the first error is pack's.
func pack(module []byte, gap int, edits ...func(mem []byte) error) ([]byte, error) {
	if gap < 1 {
		return nil, fmt.Errorf("gap %d: must be at least 1 byte", gap)
	}
	if len(module) < 8 || !bytes.Equal(module[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly module (no \\0asm header)")
	}
	out := bytes.NewBuffer(make([]byte, 0, len(module)))
	out.Write(module[:8])
	var count []byte // the rewritten data count section, if the module has one
	r := reader{b: module, i: 8}
	for r.i < len(r.b) {
		id := r.byte()
		body := r.bytes(int(r.uleb()))
		if r.err != nil {
			return nil, fmt.Errorf("section at byte %d: %w", r.i, r.err)
		}
		switch id {
		case sectionData:
			segs, err := readSegments(body)
			if err != nil {
				return nil, fmt.Errorf("data section: %w", err)
			}
			segs, err = merge(segs, gap, edits...)
			if err != nil {
				return nil, fmt.Errorf("data section: %w", err)
			}
			body = writeSegments(segs)
			count = appendULEB(nil, uint64(len(segs)))
		case sectionDataCount:
			// The data count section comes before the code and data
			// sections; its new value is known only once data is read, so
			// it is patched below.
			body = nil
		}
		out.WriteByte(id)
		out.Write(appendULEB(nil, uint64(len(body))))
		out.Write(body)
	}
	if count == nil {
		return module, nil
	}
	return patchDataCount(out.Bytes(), count)
}

// patchDataCount fills the data count section pack emptied (if the module
// has one) with count.
func patchDataCount(module, count []byte) ([]byte, error) {
	r := reader{b: module, i: 8}
	for r.i < len(r.b) {
		start := r.i
		id := r.byte()
		n := int(r.uleb())
		if r.err != nil {
			return nil, r.err
		}
		if id == sectionDataCount {
			patched := append([]byte(nil), module[:start]...)
			patched = append(patched, id)
			patched = appendULEB(patched, uint64(len(count)))
			patched = append(patched, count...)
			return append(patched, module[r.i+n:]...), nil
		}
		r.i += n
	}
	return module, nil
}

// readSegments decodes a data section's active segments for memory 0.
func readSegments(body []byte) ([]segment, error) {
	r := reader{b: body}
	n := r.uleb()
	if r.err == nil && n > uint64(len(body)) {
		return nil, fmt.Errorf("%d segments in %d bytes", n, len(body))
	}
	segs := make([]segment, 0, n)
	for k := uint64(0); k < n && r.err == nil; k++ {
		if mode := r.uleb(); mode != 0 && r.err == nil {
			return nil, fmt.Errorf("segment %d: mode %d (only active segments of memory 0 are packed)", k, mode)
		}
		if op := r.byte(); op != opI32Const && r.err == nil {
			return nil, fmt.Errorf("segment %d: offset is not an i32.const", k)
		}
		off := r.sleb32()
		if op := r.byte(); op != opEnd && r.err == nil {
			return nil, fmt.Errorf("segment %d: offset expression does not end after its constant", k)
		}
		data := r.bytes(int(r.uleb()))
		if off < 0 && r.err == nil {
			return nil, fmt.Errorf("segment %d: negative offset %d", k, off)
		}
		segs = append(segs, segment{offset: int(off), data: data})
	}
	if r.err == nil && r.i != len(body) {
		return nil, fmt.Errorf("%d bytes after the last segment", len(body)-r.i)
	}
	return segs, r.err
}

// merge lays segs out in one memory image and cuts it again at every run of
// gap or more zero bytes. The Go linker does not write segments in address
// order, so merge sorts them; they must not overlap: the format lets a later
// one overwrite an earlier one, which merging would have to replay. The
// edits change the image before it is cut.
func merge(segs []segment, gap int, edits ...func(mem []byte) error) ([]segment, error) {
	if len(segs) == 0 {
		return segs, nil
	}
	segs = slices.Clone(segs)
	slices.SortStableFunc(segs, func(a, b segment) int { return cmp.Compare(a.offset, b.offset) })
	end := 0
	for k, s := range segs {
		if s.offset < end {
			return nil, fmt.Errorf("segments overlap: %d bytes at %d, and the %d bytes before it end at %d", len(s.data), s.offset, len(segs[k-1].data), end)
		}
		end = s.offset + len(s.data)
	}
	base := segs[0].offset
	mem := make([]byte, end-base)
	for _, s := range segs {
		copy(mem[s.offset-base:], s.data)
	}
	for _, edit := range edits {
		if err := edit(mem); err != nil {
			return nil, err
		}
	}
	var out []segment
	for i := 0; i < len(mem); {
		for i < len(mem) && mem[i] == 0 {
			i++
		}
		if i == len(mem) {
			break
		}
		start, zeros := i, 0
		for ; i < len(mem) && zeros < gap; i++ {
			if mem[i] == 0 {
				zeros++
			} else {
				zeros = 0
			}
		}
		out = append(out, segment{offset: base + start, data: mem[start : i-zeros]})
	}
	return out, nil
}

// writeSegments encodes segs as a data section's body.
func writeSegments(segs []segment) []byte {
	b := appendULEB(nil, uint64(len(segs)))
	for _, s := range segs {
		b = append(b, 0, opI32Const)
		b = appendSLEB(b, int64(s.offset))
		b = append(b, opEnd)
		b = appendULEB(b, uint64(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

// reader decodes the format's bytes and LEB128 numbers; the first error
// sticks and later reads return zero.
type reader struct {
	b   []byte
	i   int
	err error
}

var errShort = errors.New("unexpected end of module")

func (r *reader) byte() byte {
	if r.err != nil || r.i >= len(r.b) {
		r.err = errShort
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.i {
		r.err = errShort
		return nil
	}
	r.i += n
	return r.b[r.i-n : r.i]
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.err = errors.New("LEB128 number longer than 64 bits")
	return 0
}

func (r *reader) sleb32() int64 {
	var v int64
	shift := 0
	for shift < 35 {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return int64(int32(v))
		}
	}
	r.err = errors.New("i32 constant longer than 5 bytes")
	return 0
}

func appendULEB(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
