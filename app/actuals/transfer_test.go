package actuals_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// crossed is res as the page gets it from the Web Worker that parsed a
// large file (app/ui workers.go): as JSON.
func crossed(res *actuals.Result) (*actuals.Result, error) {
	data, err := json.Marshal(res)
	if err != nil {
		return nil, err
	}
	var back actuals.Result
	err = json.Unmarshal(data, &back)
	return &back, err
}

// The page parses a large export on a Web Worker, which hands the Result
// back as JSON: every field of it, for every kind of export the importer
// reads (a deal export's stage, an activity log's types, a long form's
// units, problems, repeated rows), arrives as parsed.
func TestResultCrossesAsJSON(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "actuals", "*.csv"))
	if len(files) < 10 {
		t.Fatalf("%d sample exports", len(files))
	}
	cases := map[string][]byte{
		"long form with units": []byte("月,指標,値（千円）\n2026-04,受注金額,\"9,000\"\n2026-04,架電数,100\n2026-05,受注金額（百万円）,1\n"),
		"problems and repeats": []byte("Month,Calls,Revenue\n2026-04,x,1\n2026-04,x,1\n2026-13,-1,2\nTotal,3,3\n"),
		"refused whole":        []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00[Content_Types].xml,Month\n"),
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cases[filepath.Base(p)] = data
	}
	var stages, activities, problems int
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			data, _ = actuals.FromShiftJIS(data, xtext)
			res := actuals.ParseBytesIn(data, outbound, "JPY")
			back, err := crossed(res)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, res) {
				t.Errorf("crossed as\n%+v\nwant\n%+v", back, res)
			}
			if res.Stage != nil {
				stages++
			}
			if res.Activity != nil {
				activities++
			}
			problems += len(res.Problems)
		})
	}
	if stages == 0 || activities == 0 || problems == 0 {
		t.Errorf("the files read %d deal exports, %d activity logs, %d problems: each kind should cross", stages, activities, problems)
	}
}
