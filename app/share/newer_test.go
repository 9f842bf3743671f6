package share_test

import (
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/app/ui"
)

// TestNewerOnlyWhenMarked: a link is said to come from a newer version
// only when its envelope says so: a version byte after this build's, and
// the CRC-32 of every byte before it at its end. A link altered at its
// second character (its version byte reads 2, its body no longer version
// 1's) and a foreign one (plain base64 of JSON, whose "{" reads as version
// 123) are altered links: a reload would not open them, and the page had
// said to reload.
func TestNewerOnlyWhenMarked(t *testing.T) {
	ps := presets(t)
	b := bases(t, ps)
	p := link(t, ui.NewModel(ps, "", i18n.En), b)
	if p[0] != 'A' {
		t.Fatalf("link %q: want it to start A (version 1)", p)
	}
	later := func(version byte, body string) string {
		raw := append([]byte{version}, body...)
		raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
		return base64.RawURLEncoding.EncodeToString(raw)
	}
	for _, tc := range []struct{ name, payload, code string }{
		// Version 2 over the body's first four bits: 0000, 0001, 1000
		// (the report's "AY…" to "Ag…").
		{"second character changed to g", "Ag" + p[2:], share.CodeCorrupt},
		{"second character changed to h", "Ah" + p[2:], share.CodeCorrupt},
		{"second character changed to o", "Ao" + p[2:], share.CodeCorrupt},
		{"plain base64 JSON", "eyJwcmVzZXQiOiJvdXRib3VuZCJ9", share.CodeCorrupt},
		{"plain base64 JSON, padded", base64.URLEncoding.EncodeToString([]byte(`{"preset":"outbound","lang":"ja"}`)), share.CodeCorrupt},
		{"a version byte alone", "Ag", share.CodeCorrupt},
		{"version 2, checksummed", later(2, "a body this build cannot read"), share.CodeNewer},
		{"version 9, checksummed, empty body", later(9, ""), share.CodeNewer},
		{"version 2, checksum off", later(2, "a body")[:10] + "A" + later(2, "a body")[11:], share.CodeCorrupt},
	} {
		_, err := share.Decode(tc.payload, b)
		if !hasCode(err, tc.code) {
			t.Errorf("%s: Decode(%q) = %v, want code %s", tc.name, tc.payload, err, tc.code)
		}
	}
}
