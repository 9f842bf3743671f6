package chart_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the builders' output")

// Fixtures: a small outbound plan, as the UI would pass it.

var stages = []chart.Stage{
	{ID: "calls", Label: "Calls", Value: 4800},
	{ID: "first_meetings", Label: "First meetings", Value: 480},
	{ID: "opportunities", Label: "Opportunities", Value: 96},
	{ID: "deals", Label: "Deals", Value: 24},
}

func months(band bool) []chart.Month {
	names := []string{"Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"}
	ms := make([]chart.Month, len(names))
	for i, n := range names {
		f := float64(i+1) * 9_500_000 / 3 // cumulative forecast, not round
		ms[i] = chart.Month{Label: n, Forecast: f, Goal: float64(i+1) * 10_000_000}
		if band {
			ms[i].Low, ms[i].Median, ms[i].High = f*0.8, f*1.01, f*1.15
		}
	}
	return ms
}

var (
	oneActivity = []chart.Activity{{ID: "calls", Label: "Calls", Required: 125.5, Planned: 40, Ceiling: 100}}
	activities  = []chart.Activity{
		{ID: "calls", Label: "Calls", Required: 41.666666666666664, Planned: 40, Ceiling: 100},
		{ID: "visits", Label: "Visits", Required: 4, Planned: 4, Ceiling: 0},
		{ID: "meetings", Label: "Meetings", Required: 2.5, Planned: 3.2, Ceiling: 3},
	}
)

func yen(v float64) string {
	return "¥" + strconv.FormatFloat(math.Round(v/1e4), 'f', 0, 64) + "万"
}

var ja = chart.Text{
	Title: "必要活動量", Required: "必要", Planned: "計画", Ceiling: "上限", Over: "超過",
	Forecast: "予測", Goal: "目標", Band: "P10–P90",
}

type build func() ([]byte, error)

var cases = []struct {
	name  string
	build build
}{
	{"funnel", func() ([]byte, error) { return chart.Funnel(stages, chart.Text{}) }},
	{"funnel-empty", func() ([]byte, error) { return chart.Funnel(nil, chart.Text{Title: "Funnel"}) }},
	{"cumulative", func() ([]byte, error) { return chart.Cumulative(months(false), chart.Text{Format: yen}) }},
	{"cumulative-band", func() ([]byte, error) {
		t := ja
		t.Format = yen
		return chart.Cumulative(months(true), t)
	}},
	{"cumulative-empty", func() ([]byte, error) { return chart.Cumulative(nil, chart.Text{}) }},
	{"activities-over", func() ([]byte, error) { return chart.Activities(oneActivity, chart.Text{}) }},
	{"activities-three", func() ([]byte, error) { return chart.Activities(activities, ja) }},
	{"activities-no-ceiling", func() ([]byte, error) {
		return chart.Activities([]chart.Activity{{ID: "calls", Label: "Calls", Required: 60, Planned: 40}}, chart.Text{})
	}},
}

// normalize pretty-prints an option with sorted keys and every non-integer
// number at four decimals, so that goldens are stable and reviewable.
func normalize(t *testing.T, b []byte) []byte {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("option is not JSON: %v\n%s", err, b)
	}
	var walk func(any) any
	walk = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				v[k] = walk(e)
			}
		case []any:
			for i, e := range v {
				v[i] = walk(e)
			}
		case json.Number:
			if strings.ContainsAny(string(v), ".eE") {
				f, _ := v.Float64()
				return json.RawMessage(strconv.FormatFloat(f, 'f', 4, 64))
			}
		}
		return v
	}
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(walk(v)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := c.build()
			if err != nil {
				t.Fatal(err)
			}
			got := normalize(t, b)
			golden(t, c.name, got)
		})
	}
}

// option is the part of an ECharts option the tests read.
type option struct {
	Title struct {
		Text string `json:"text"`
		Show bool   `json:"show"`
	} `json:"title"`
	Legend struct {
		Show *bool    `json:"show"`
		Data []string `json:"data"`
	} `json:"legend"`
	Grid  []map[string]any `json:"grid"`
	XAxis []struct {
		Data []string `json:"data"`
	} `json:"xAxis"`
	YAxis []struct {
		Max *float64 `json:"max"`
	} `json:"yAxis"`
	Series []struct {
		ID                      string `json:"id"`
		Name                    string `json:"name"`
		Type                    string `json:"type"`
		Stack                   string `json:"stack"`
		AnimationDuration       int    `json:"animationDuration"`
		AnimationDurationUpdate int    `json:"animationDurationUpdate"`
		Data                    []struct {
			ID        string `json:"id"`
			Name      string `json:"name"`
			Value     []any  `json:"value"`
			ItemStyle *struct {
				Color string `json:"color"`
			} `json:"itemStyle"`
		} `json:"data"`
		MarkLine *struct {
			Data []struct {
				Name  string  `json:"name"`
				YAxis float64 `json:"yAxis"`
			} `json:"data"`
		} `json:"markLine"`
	} `json:"series"`
}

// parse returns a function decoding a builder's results: parse(t)(chart.Funnel(…)).
func parse(t *testing.T) func([]byte, error) option { return decode[option](t) }

// decode returns a function decoding a builder's results into a T.
func decode[T any](t *testing.T) func([]byte, error) T {
	return func(b []byte, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var o T
		if err := json.Unmarshal(b, &o); err != nil {
			t.Fatalf("option is not JSON: %v\n%s", err, b)
		}
		return o
	}
}

func ids(o option) []string {
	var s []string
	for _, x := range o.Series {
		s = append(s, x.ID)
	}
	return s
}

// What a user sees in the funnel: four layers in the process order, the
// largest on top, each with its label and formatted count.
func TestFunnelShape(t *testing.T) {
	o := parse(t)(chart.Funnel(stages, chart.Text{Format: func(v float64) string { return strconv.FormatFloat(v, 'f', 0, 64) + "件" }}))
	if got := ids(o); !slices.Equal(got, []string{chart.SeriesRequired}) {
		t.Fatalf("series ids = %v", got)
	}
	data := o.Series[0].Data
	if len(data) != len(stages) {
		t.Fatalf("%d layers, want %d", len(data), len(stages))
	}
	for i, d := range data {
		if d.ID != stages[i].ID || d.Name != stages[i].Label {
			t.Errorf("layer %d is %s %q, want %s %q", i, d.ID, d.Name, stages[i].ID, stages[i].Label)
		}
		if d.Value[0] != stages[i].Value {
			t.Errorf("layer %d value %v, want %v", i, d.Value[0], stages[i].Value)
		}
		if want := strconv.FormatFloat(stages[i].Value, 'f', 0, 64) + "件"; d.Value[1] != want {
			t.Errorf("layer %d text %q, want %q", i, d.Value[1], want)
		}
		if i > 0 && d.Value[0].(float64) > data[i-1].Value[0].(float64) {
			t.Errorf("layer %d is larger than the one above it", i)
		}
	}
	if o.Legend.Show == nil || *o.Legend.Show {
		t.Error("the funnel's legend is shown; its layers are labelled")
	}
}

// What a user sees in the cumulative chart: a point per month for the
// forecast and the goal, the last forecast point equal to the input, and the
// band only when asked for.
func TestCumulativeShape(t *testing.T) {
	for _, band := range []bool{false, true} {
		ms := months(band)
		o := parse(t)(chart.Cumulative(ms, chart.Text{Format: yen}))
		want := []string{chart.SeriesForecast, chart.SeriesGoal, chart.SeriesBandLow, chart.SeriesBand, chart.SeriesMedian}
		if got := ids(o); !slices.Equal(got, want) {
			t.Fatalf("band %v: series ids = %v, want %v", band, got, want)
		}
		if got := o.XAxis[0].Data; len(got) != len(ms) || got[0] != "Apr" || got[11] != "Mar" {
			t.Errorf("band %v: x axis %v", band, got)
		}
		for i, s := range o.Series {
			n := len(ms)
			if i >= 2 && !band {
				n = 0
			}
			if len(s.Data) != n {
				t.Errorf("band %v: series %s has %d points, want %d", band, s.ID, len(s.Data), n)
			}
		}
		last := ms[len(ms)-1]
		if got := o.Series[0].Data[11].Value; got[1] != last.Forecast || got[2] != yen(last.Forecast) {
			t.Errorf("band %v: last forecast point %v, want %v %q", band, got, last.Forecast, yen(last.Forecast))
		}
		if got := o.Series[1].Data[11].Value[1]; got != last.Goal {
			t.Errorf("band %v: last goal point %v, want %v", band, got, last.Goal)
		}
		legend := []string{"Forecast", "Goal"}
		if band {
			legend = append(legend, "P50", "P10–P90")
			// The P50 line, with its value in the tooltip.
			if m := o.Series[4].Data[11].Value; m[1] != last.Median || m[2] != yen(last.Median) {
				t.Errorf("P50 point %v, want %v %q", m, last.Median, yen(last.Median))
			}
			// Stacked on the low line, the band's top is the high.
			b := o.Series[3].Data[11].Value
			if top := o.Series[2].Data[11].Value[1].(float64) + b[1].(float64); math.Abs(top-last.High) > 1e-6 {
				t.Errorf("band top %v, want %v", top, last.High)
			}
			if want := yen(last.Low) + " – " + yen(last.High); b[2] != want {
				t.Errorf("band text %q, want %q", b[2], want)
			}
			if o.Series[2].Stack != "band" || o.Series[3].Stack != "band" {
				t.Error("the band's series are not stacked")
			}
		}
		if !slices.Equal(o.Legend.Data, legend) {
			t.Errorf("band %v: legend %v, want %v", band, o.Legend.Data, legend)
		}
	}
}

// Levers that share a ceiling share its line, and its name says whose it
// is: twenty daily activities at 100 drew twenty lines whose names
// overlapped into one smudge.
func TestActivitiesCeilingLines(t *testing.T) {
	act := func(label string, ceiling float64) chart.Activity {
		return chart.Activity{ID: label, Label: label, Required: 40, Planned: 40, Ceiling: ceiling}
	}
	branches := []chart.Activity{act("Visits", 8)}
	for i := 1; i <= 20; i++ {
		branches = append(branches, act(fmt.Sprintf("Branch %d calls", i), 100))
	}
	for _, tc := range []struct {
		name string
		acts []chart.Activity
		want []string // each line's name and value
	}{
		{"one lever", []chart.Activity{act("Calls", 100)}, []string{"Ceiling 100 @100"}},
		{"two levers, one ceiling", []chart.Activity{act("Calls", 100), act("Emails", 100)}, []string{"Ceiling 100 @100"}},
		{"two of three at one ceiling", []chart.Activity{act("Calls", 100), act("Emails", 100), act("Visits", 8)},
			[]string{"Calls / Emails Ceiling 100 @100", "Visits Ceiling 8 @8"}},
		{"one without a ceiling", []chart.Activity{act("Calls", 100), act("Budget", 0), act("Emails", 100)},
			[]string{"Calls / Emails Ceiling 100 @100"}},
		{"twenty at one ceiling", branches, []string{"Visits Ceiling 8 @8", "Branch 1 calls +19 Ceiling 100 @100"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := parse(t)(chart.Activities(tc.acts, chart.Text{}))
			var got []string
			for _, d := range o.Series[0].MarkLine.Data {
				got = append(got, fmt.Sprintf("%s @%g", d.Name, d.YAxis))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("ceiling lines %q, want %q", got, tc.want)
			}
		})
	}
}

// What a user sees in the activity chart: a required and a planned bar per
// lever, a ceiling line per lever with a ceiling, and red bars beyond it.
func TestActivitiesShape(t *testing.T) {
	o := parse(t)(chart.Activities(activities, chart.Text{}))
	if got := ids(o); !slices.Equal(got, []string{chart.SeriesRequired, chart.SeriesPlanned}) {
		t.Fatalf("series ids = %v", got)
	}
	if got := o.XAxis[0].Data; !slices.Equal(got, []string{"Calls", "Visits", "Meetings"}) {
		t.Errorf("categories %v", got)
	}
	red := func(s, i int) bool { return o.Series[s].Data[i].ItemStyle != nil }
	for _, c := range []struct {
		series, index int
		red           bool
		text          string
	}{
		{0, 0, false, "41.7"},
		{0, 2, false, "2.5"},
		{1, 1, false, "4"}, // no ceiling, never red
		{1, 2, true, "⚠ 3.2"},
	} {
		d := o.Series[c.series].Data[c.index]
		if red(c.series, c.index) != c.red || d.Value[2] != c.text {
			t.Errorf("series %d bar %d: red %v text %q, want red %v text %q", c.series, c.index, red(c.series, c.index), d.Value[2], c.red, c.text)
		}
	}
	ml := o.Series[0].MarkLine
	if ml == nil || len(ml.Data) != 2 || ml.Data[0].YAxis != 100 || ml.Data[1].YAxis != 3 || ml.Data[0].Name != "Calls Ceiling 100" {
		t.Errorf("ceiling lines %+v", ml)
	}
	if m := o.YAxis[0].Max; m == nil || *m < 110 {
		t.Errorf("y axis max %v, want room above the ceiling of 100", m)
	}

	// Without a ceiling the markLine is still there, empty, so a merge
	// removes a line drawn before.
	o = parse(t)(chart.Activities([]chart.Activity{{Label: "Calls", Required: 500, Planned: 40}}, chart.Text{}))
	if ml := o.Series[0].MarkLine; ml == nil || ml.Data == nil || len(ml.Data) != 0 {
		t.Errorf("no ceiling: markLine %+v, want an empty data array", ml)
	}
	if o.Series[0].Data[0].ItemStyle != nil {
		t.Error("no ceiling: the bar is red")
	}
}

// Properties every option has: merge-friendly series (ids, a short first
// animation, none on updates, written out against ECharts' defaults), a
// title always written, no JS function, no fixed pixel size,
// grids containing their labels.
func TestEveryOption(t *testing.T) {
	for _, c := range cases {
		b, err := c.build()
		o := parse(t)(b, err)
		s := string(b)
		for _, bad := range []string{"__f__", "function", "=>", "NaN", "Infinity"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: option contains %q", c.name, bad)
			}
		}
		for _, x := range o.Series {
			if x.ID == "" {
				t.Errorf("%s: a series has no id", c.name)
			}
			if x.AnimationDuration == 0 || x.AnimationDuration > 150 {
				t.Errorf("%s: series %s first draw animates %d ms, want 1–150", c.name, x.ID, x.AnimationDuration)
			}
		}
		var top map[string]json.RawMessage
		json.Unmarshal(b, &top)
		var raw []map[string]json.RawMessage
		json.Unmarshal(top["series"], &raw)
		for i, x := range raw {
			if d := string(x["animationDurationUpdate"]); d != "0" {
				t.Errorf("%s: series %d animates updates for %q ms, want 0 written out", c.name, i, d)
			}
		}
		if d := string(top["animationDurationUpdate"]); d != "0" {
			t.Errorf("%s: the option animates updates for %q ms, want 0 written out", c.name, d)
		}
		if _, ok := top["title"]; !ok {
			t.Errorf("%s: no title", c.name)
		}
		if _, ok := top["toolbox"]; ok {
			t.Errorf("%s: a toolbox (its dataZoom button hides stacked bands)", c.name)
		}
		for _, g := range o.Grid {
			if g["containLabel"] != true || g["width"] != nil || g["height"] != nil {
				t.Errorf("%s: grid %v", c.name, g)
			}
		}
	}
}

// keys lists the paths of an option's keys, with series by id and without
// going into data arrays: what a merging setOption would leave stale if a
// later option omitted it.
func keys(t *testing.T, b []byte) []string {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(string, any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				if path == "series" {
					k = e.(map[string]any)["id"].(string)
				}
				out = append(out, path+"."+k)
				if k != "data" {
					walk(path+"."+k, e)
				}
			}
		case []any:
			for i, e := range v {
				if path == "series" {
					walk(path, map[string]any{"": e})
					continue
				}
				walk(path+"["+strconv.Itoa(i)+"]", e)
			}
		}
	}
	walk("", v)
	slices.Sort(out)
	return out
}

// A slider can move any input from one case to another: the options of one
// builder must have the same keys, whatever the data, or a merge would
// keep a stale title, band, ceiling line or axis maximum.
func TestSameKeys(t *testing.T) {
	fix := func(t *testing.T, a, b []byte) {
		t.Helper()
		if ka, kb := keys(t, a), keys(t, b); !slices.Equal(ka, kb) {
			t.Errorf("keys differ:\n%v\n%v", ka, kb)
		}
	}
	must := func(b []byte, err error) []byte {
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	t.Run("funnel", func(t *testing.T) {
		fix(t, must(chart.Funnel(stages, chart.Text{})), must(chart.Funnel(stages[:1], ja)))
	})
	t.Run("cumulative", func(t *testing.T) {
		fix(t, must(chart.Cumulative(months(true), ja)), must(chart.Cumulative(months(false), chart.Text{})))
	})
	t.Run("activities", func(t *testing.T) {
		fix(t, must(chart.Activities(oneActivity, ja)), must(chart.Activities([]chart.Activity{{Label: "x"}}, chart.Text{})))
	})
}

func TestInputErrors(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	bad := func(ms []chart.Month, i int, f func(*chart.Month)) []chart.Month {
		ms = slices.Clone(ms)
		f(&ms[i])
		return ms
	}
	for _, c := range []struct {
		name   string
		build  build
		series string
		index  int
		rule   string
	}{
		{"funnel NaN", func() ([]byte, error) {
			return chart.Funnel([]chart.Stage{{ID: "calls", Value: 1}, {ID: "deals", Value: nan}}, chart.Text{})
		}, "value", 1, "finite"},
		{"funnel negative", func() ([]byte, error) {
			return chart.Funnel([]chart.Stage{{Label: "Calls", Value: -1}}, chart.Text{})
		}, "value", 0, "0 or more"},
		{"forecast NaN", func() ([]byte, error) {
			return chart.Cumulative(bad(months(false), 3, func(m *chart.Month) { m.Forecast = nan }), chart.Text{})
		}, "forecast", 3, "finite"},
		{"goal infinite", func() ([]byte, error) {
			return chart.Cumulative(bad(months(false), 11, func(m *chart.Month) { m.Goal = inf }), chart.Text{})
		}, "goal", 11, "finite"},
		{"high NaN", func() ([]byte, error) {
			return chart.Cumulative(bad(months(true), 0, func(m *chart.Month) { m.High = nan }), chart.Text{})
		}, "high", 0, "finite"},
		{"low above high", func() ([]byte, error) {
			return chart.Cumulative(bad(months(true), 5, func(m *chart.Month) { m.Low = m.High + 1 }), chart.Text{})
		}, "low", 5, "above high"},
		{"median outside the band", func() ([]byte, error) {
			return chart.Cumulative(bad(months(true), 7, func(m *chart.Month) { m.Median = m.High * 2 }), chart.Text{})
		}, "median", 7, "between low and high"},
		{"required NaN", func() ([]byte, error) {
			return chart.Activities([]chart.Activity{{ID: "calls", Required: nan}}, chart.Text{})
		}, "required", 0, "finite"},
		{"planned negative infinity", func() ([]byte, error) {
			return chart.Activities([]chart.Activity{{}, {ID: "visits", Planned: math.Inf(-1)}}, chart.Text{})
		}, "planned", 1, "finite"},
		{"ceiling negative", func() ([]byte, error) {
			return chart.Activities([]chart.Activity{{ID: "calls", Ceiling: -5}}, chart.Text{})
		}, "ceiling", 0, "0 or more"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := c.build()
			var ie *chart.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v (option %d bytes), want an *InputError", err, len(b))
			}
			if b != nil || ie.Series != c.series || ie.Index != c.index || !strings.Contains(ie.Rule, c.rule) {
				t.Errorf("got %+v", ie)
			}
			if msg := err.Error(); !strings.Contains(msg, c.series+"["+strconv.Itoa(c.index)+"]") {
				t.Errorf("message %q names neither the series nor the index", msg)
			}
		})
	}
}

// The chart package stays out of the browser, the UI and the network, and
// out of the rest of kpisim: it takes plain data and translated strings.
func TestDependencies(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("go list cannot run inside WebAssembly")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		switch {
		case dep == "syscall/js", dep == "net/http",
			strings.HasPrefix(dep, "github.com/maxence-charriere/go-app"),
			strings.HasPrefix(dep, "github.com/kpisim/kpisim/") && dep != "github.com/kpisim/kpisim/app/chart":
			t.Errorf("app/chart depends on %s", dep)
		}
	}
}

// The builders share go-echarts prototypes (see chart.go): concurrent
// builds must not disturb each other (run with -race).
func TestConcurrent(t *testing.T) {
	want := make([][]byte, len(cases))
	for i, c := range cases {
		want[i], _ = c.build()
	}
	var wg sync.WaitGroup
	for range 4 {
		for i, c := range cases {
			wg.Go(func() {
				if got, _ := c.build(); !bytes.Equal(got, want[i]) {
					t.Errorf("%s: a concurrent build differs", c.name)
				}
			})
		}
	}
	wg.Wait()
}

func bench(b *testing.B, f build) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFunnel(b *testing.B) {
	bench(b, func() ([]byte, error) { return chart.Funnel(stages, chart.Text{}) })
}

func BenchmarkCumulative(b *testing.B) {
	ms := months(true)
	bench(b, func() ([]byte, error) { return chart.Cumulative(ms, chart.Text{Format: yen}) })
}

func BenchmarkActivities(b *testing.B) {
	bench(b, func() ([]byte, error) { return chart.Activities(activities, chart.Text{}) })
}

// golden compares got with testdata/<name>.golden; go test -update
// rewrites the file instead.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the builder's output (go test -update rewrites it); got:\n%s", path, got)
	}
}
