package share

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/crc32"
	"io"
	"net/url"
	"strings"

	"compress/flate"
)

// Version is the link format this build writes. Decode reads every version
// from 1 to Version, and tells a link of a later version (CodeNewer) by its
// envelope, which every version after 1 keeps: see laterEnvelope.
const Version = 1

// Param is the fragment's key: links end in "#s=…".
const Param = "s"

// MaxState is the largest state a link may inflate to (a guard against a
// crafted link that would expand without end).
const MaxState = 1 << 20

// Bases gives the JSON forms of a preset by its id: first the one this
// build makes links from (Encode diffs a scenario against it), then every
// earlier form a link may have been made from, which Decode tells apart by
// the checksum the link carries; none when this build has no such preset.
// A link opens as long as the form it was made from is kept here: a preset
// dated to another plan year, or as an earlier build shipped it.
type Bases func(id string) [][]byte

// Error codes, for the page to translate (i18n keys "share.error.<code>").
const (
	CodeEmpty     = "empty"     // no state in the link
	CodeCorrupt   = "corrupt"   // not base64url, truncated or altered
	CodeNewer     = "newer"     // written by a newer build
	CodePreset    = "preset"    // names a preset this build does not have
	CodeChanged   = "changed"   // the preset changed since the link was made
	CodeTooLarge  = "too_large" // inflates past MaxState
	CodeMalformed = "malformed" // checksum fine but not a state
)

// Error says why a link cannot be opened.
type Error struct {
	Code   string
	Detail string
}

func (e *Error) Error() string {
	if e.Detail == "" {
		return "share link: " + e.Code
	}
	return "share link: " + e.Code + ": " + e.Detail
}

func fail(code, detail string) error { return &Error{Code: code, Detail: detail} }

// Encode returns the link's payload (the text after "#s=") for the state
// JSON, without the last import's report (keyImport) and the marks of the
// actuals typed by hand (keyHand): the sender's, which say nothing to a
// reader. bases may be nil: every scenario then travels in full.
func Encode(state []byte, bases Bases) (string, error) {
	var st map[string]json.RawMessage
	if err := json.Unmarshal(state, &st); err != nil {
		return "", err
	}
	delete(st, keyImport)
	delete(st, keyHand)
	main := st[keyScenario]
	if err := minimise(st, bases); err != nil {
		return "", err
	}
	if err := minimiseCompare(st, bases, main); err != nil {
		return "", err
	}
	data, err := marshalCompact(st)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	buf.WriteByte(Version)
	zw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := zw.Write(data); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	buf.Write(binary.BigEndian.AppendUint32(nil, crc32.ChecksumIEEE(data)))
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// Decode returns the state JSON a payload holds (the text after "#s=").
func Decode(payload string, bases Bases) ([]byte, error) {
	payload = strings.TrimSpace(payload)
	if payload == "" {
		return nil, fail(CodeEmpty, "")
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return nil, fail(CodeCorrupt, err.Error())
	}
	if len(raw) < 1 {
		return nil, fail(CodeCorrupt, "no version")
	}
	switch v := raw[0]; {
	case v == 1:
		return decodeV1(raw[1:], bases)
	case v > Version:
		// A later version is said only where its envelope holds: a link
		// altered at its first two characters, or one that is no link of
		// ours (plain base64 of JSON, whose "{" reads as version 123),
		// also has a version byte this build does not know, and a reload
		// would not open it.
		if !laterEnvelope(raw) {
			return nil, fail(CodeCorrupt, "unknown version")
		}
		return nil, fail(CodeNewer, "")
	default:
		return nil, fail(CodeCorrupt, "unknown version")
	}
}

// laterEnvelope reports whether raw is a link of a later version, as
// every version after 1 must write it so that an earlier build can tell it
// from an altered link without reading its body: the version byte, the
// body, then the CRC-32 (IEEE, big-endian) of every byte before it, the
// version byte included. (Version 1 checksums its inflated JSON, which a
// later build can read, not the bytes an earlier build can check.)
func laterEnvelope(raw []byte) bool {
	if len(raw) < 5 {
		return false
	}
	n := len(raw) - 4
	return crc32.ChecksumIEEE(raw[:n]) == binary.BigEndian.Uint32(raw[n:])
}

func decodeV1(body []byte, bases Bases) ([]byte, error) {
	if len(body) < 5 {
		return nil, fail(CodeCorrupt, "too short")
	}
	sum := binary.BigEndian.Uint32(body[len(body)-4:])
	zr := flate.NewReader(bytes.NewReader(body[:len(body)-4]))
	data, err := io.ReadAll(io.LimitReader(zr, MaxState+1))
	if err != nil {
		return nil, fail(CodeCorrupt, err.Error())
	}
	if len(data) > MaxState {
		return nil, fail(CodeTooLarge, "")
	}
	if crc32.ChecksumIEEE(data) != sum {
		return nil, fail(CodeCorrupt, "checksum")
	}
	var st map[string]json.RawMessage
	if err := json.Unmarshal(data, &st); err != nil || st == nil {
		return nil, fail(CodeMalformed, "not an object")
	}
	st = lengthen(st)
	if err := expand(st, bases); err != nil {
		return nil, err
	}
	if err := expandCompare(st, bases); err != nil {
		return nil, err
	}
	return json.Marshal(st)
}

// FromURL returns the payload of a page address, or false when its
// fragment holds none. A fragment whose escapes are broken (a "%" that
// starts none: #s=AY%%%) still holds a link, as it was typed, so that
// Decode refuses it and the page says so; it was taken for no link, and
// the page opened on the saved work without a word.
func FromURL(addr string) (string, bool) {
	_, frag, ok := strings.Cut(addr, "#")
	if !ok {
		return "", false
	}
	q, err := url.ParseQuery(frag)
	if err != nil {
		for _, part := range strings.Split(frag, "&") {
			if v, ok := strings.CutPrefix(part, Param+"="); ok {
				return v, true
			}
		}
		return "", false
	}
	if !q.Has(Param) {
		return "", false
	}
	return q.Get(Param), true
}

// Fragment is the address fragment for a payload, "#s=…".
func Fragment(payload string) string { return "#" + Param + "=" + payload }

// IsError reports whether err is a link's *Error and gives it.
func IsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
