package actuals_test

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"

	"github.com/kpisim/kpisim/app/actuals"
)

// xtext is the CLI's decoder (cmd/kpisim), here only in the test: the
// package stands on the standard library.
func xtext(b []byte) ([]byte, error) { return japanese.ShiftJIS.NewDecoder().Bytes(b) }

// A Shift_JIS export reads as its UTF-8 twin; what is UTF-8 already, or
// starts with a byte-order mark, is left alone, and a file the decoder
// cannot read without a replacement character stays as it was, for Parse
// to say it cannot read it.
func TestFromShiftJIS(t *testing.T) {
	twin, err := os.ReadFile("../../testdata/actuals/salesforce-ja.csv")
	if err != nil {
		t.Fatal(err)
	}
	sjisFile, err := os.ReadFile("../../testdata/actuals/salesforce-ja-sjis.csv")
	if err != nil {
		t.Fatal(err)
	}
	refuse := func([]byte) ([]byte, error) { return nil, errors.New("not Shift_JIS") }
	for _, c := range []struct {
		name      string
		data      []byte
		decoder   actuals.ShiftJIS
		converted bool
	}{
		{"a Shift_JIS export", sjisFile, xtext, true},
		{"UTF-8 with a BOM", twin, xtext, false},
		{"UTF-8 without one", twin[3:], xtext, false},
		{"UTF-16 with a BOM", []byte{0xFF, 0xFE, 'M', 0, 0x80, 0}, xtext, false},
		{"no decoder", sjisFile, nil, false},
		{"the decoder refuses", sjisFile, refuse, false},
		{"bytes Shift_JIS does not map", []byte("Month,Calls\n2026-04,\x85\x40\n"), xtext, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, converted := actuals.FromShiftJIS(c.data, c.decoder)
			if converted != c.converted {
				t.Fatalf("converted %v, want %v", converted, c.converted)
			}
			if !converted && string(out) != string(c.data) {
				t.Errorf("the file changed though not converted")
			}
		})
	}
	out, _ := actuals.FromShiftJIS(sjisFile, xtext)
	nodes := []actuals.Node{{ID: "calls", Ja: "架電数"}, {ID: "first_meetings", Ja: "初回商談数（アポ）"}, {ID: "opportunities", Ja: "商談数"},
		{ID: "deals", Ja: "受注件数"}, {ID: "revenue", Ja: "売上"}}
	got, want := actuals.ParseBytes(out, nodes), actuals.ParseBytes(twin, nodes)
	if len(want.Entries) == 0 || !reflect.DeepEqual(got.Entries, want.Entries) || !reflect.DeepEqual(got.Problems, want.Problems) {
		t.Errorf("the Shift_JIS file reads\n%+v\n%+v\nits UTF-8 twin\n%+v\n%+v", got.Entries, got.Problems, want.Entries, want.Problems)
	}
	if r := actuals.ParseBytes(sjisFile, nodes); len(r.Problems) != 1 || r.Problems[0].Code != actuals.NotUTF8 {
		t.Errorf("unconverted, the file reads %+v", r.Problems)
	}
}

// Whatever the bytes, FromShiftJIS gives back the file untouched or valid
// UTF-8 with no replacement character, and Parse reads the result without
// a panic.
func FuzzFromShiftJIS(f *testing.F) {
	for _, name := range []string{"salesforce-ja-sjis.csv", "salesforce-ja.csv"} {
		if data, err := os.ReadFile("../../testdata/actuals/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("Month,Calls\n2026-04,\x85\x40\n"))
	f.Add([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x83\x8c\x83x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, converted := actuals.FromShiftJIS(data, xtext)
		switch {
		case !converted && string(out) != string(data):
			t.Fatal("changed though not converted")
		case converted && (!utf8.Valid(out) || strings.ContainsRune(string(out), utf8.RuneError)):
			t.Fatalf("converted to %q", out)
		}
		actuals.ParseBytes(out, []actuals.Node{{ID: "calls", Ja: "架電数"}})
	})
}
