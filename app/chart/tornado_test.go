package chart_test

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
)

// Fixtures: the change of forecast revenue when each lever moves by ±10 %,
// sorted by effect size as the UI sorts them. Fewer ramp-up months mean more
// revenue, so that lever's low is positive.
var (
	tornadoBars = []chart.Bar{
		{ID: "deal_size", Label: "Deal size", Low: -12_400_000, High: 12_400_000},
		{ID: "win_rate", Label: "Win rate", Low: -9_800_000, High: 10_300_000},
		{ID: "calls", Label: "Calls per day", Low: -6_150_000, High: 4_900_000},
		{ID: "meeting_rate", Label: "Meeting rate", Low: -3_000_000, High: 3_100_000},
		{ID: "ramp_up", Label: "Ramp-up months", Low: 1_500_000, High: -1_700_000},
	}
	// Every move loses revenue: the plan sits at a capacity peak.
	tornadoNegative = []chart.Bar{
		{ID: "calls", Label: "架電数", Low: -4_200_000, High: -1_250_000.5},
		{ID: "visits", Label: "訪問数", Low: -800_000, High: -300_000},
		{ID: "meetings", Label: "商談数", Low: -120_000, High: 0},
	}
)

// signedYen formats a revenue change with its sign: "+¥1240万", "−¥980万".
func signedYen(v float64) string {
	switch {
	case v > 0:
		return "+" + yen(v)
	case v < 0:
		return "−" + yen(-v)
	}
	return yen(0)
}

// The tornado's cases join the shared ones, so that TestGolden,
// TestEveryOption and TestConcurrent check them too.
func init() {
	cases = append(cases,
		struct {
			name  string
			build build
		}{"tornado", func() ([]byte, error) {
			return chart.Tornado(tornadoBars, "−10 %", "+10 %", chart.Text{Format: signedYen})
		}},
		struct {
			name  string
			build build
		}{"tornado-empty", func() ([]byte, error) { return chart.Tornado(nil, "", "", chart.Text{Title: "Sensitivity"}) }},
		struct {
			name  string
			build build
		}{"tornado-negative", func() ([]byte, error) {
			t := ja
			t.Title, t.Format = "感度分析", signedYen
			return chart.Tornado(tornadoNegative, "−10 %", "+10 %", t)
		}},
	)
}

// tornadoOption is the part of a tornado option the tests read.
type tornadoOption struct {
	Legend struct {
		Data []string `json:"data"`
	} `json:"legend"`
	XAxis []struct {
		Type string   `json:"type"`
		Min  *float64 `json:"min"`
		Max  *float64 `json:"max"`
		Data []string `json:"data"`
	} `json:"xAxis"`
	YAxis []struct {
		Type     string   `json:"type"`
		Inverse  bool     `json:"inverse"`
		Data     []string `json:"data"`
		AxisLine struct {
			OnZero *bool `json:"onZero"`
		} `json:"axisLine"`
	} `json:"yAxis"`
	Series []struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		Type   string `json:"type"`
		Stack  string `json:"stack"`
		Encode struct {
			X, Y, Tooltip int
		} `json:"encode"`
		Label struct {
			Show      bool   `json:"show"`
			Position  string `json:"position"`
			Formatter string `json:"formatter"`
		} `json:"label"`
		Data []struct {
			ID    string `json:"id"`
			Value []any  `json:"value"`
		} `json:"data"`
	} `json:"series"`
}

// parseTornado(t)(chart.Tornado(…)) decodes a tornado option.
func parseTornado(t *testing.T) func([]byte, error) tornadoOption {
	return decode[tornadoOption](t)
}

// What a user sees in the tornado: a row per lever in the order given, the
// first on top, a low and a high bar in each, unstacked, starting at zero
// on a value axis centred on it, labelled with the formatted effects.
func TestTornadoShape(t *testing.T) {
	o := parseTornado(t)(chart.Tornado(tornadoBars, "−10 %", "+10 %", chart.Text{Format: signedYen}))
	var got []string
	for _, s := range o.Series {
		got = append(got, s.ID)
	}
	if !slices.Equal(got, []string{chart.SeriesLow, chart.SeriesHigh}) {
		t.Fatalf("series ids = %v", got)
	}
	if !slices.Equal(o.Legend.Data, []string{"−10 %", "+10 %"}) || o.Series[0].Name != "−10 %" || o.Series[1].Name != "+10 %" {
		t.Errorf("legend %v, names %q %q", o.Legend.Data, o.Series[0].Name, o.Series[1].Name)
	}

	// Levers on the y axis, the first on top: ECharts draws a category axis
	// bottom up unless it is inverse.
	y := o.YAxis[0]
	var labels []string
	for _, b := range tornadoBars {
		labels = append(labels, b.Label)
	}
	if y.Type != "category" || !y.Inverse || !slices.Equal(y.Data, labels) {
		t.Errorf("y axis %+v, want inverse categories %v", y, labels)
	}
	if y.AxisLine.OnZero == nil || *y.AxisLine.OnZero {
		t.Error("the lever names sit on the zero line, over the negative bars")
	}

	// Effects on the x axis, centred on zero with room for the labels.
	x := o.XAxis[0]
	if x.Type != "value" || x.Min == nil || x.Max == nil || *x.Min != -*x.Max || *x.Max < 1.75*12_400_000 || x.Data != nil {
		t.Errorf("x axis %+v (min %v max %v), want symmetric beyond ±%v", x, x.Min, x.Max, 1.75*12_400_000)
	}

	for s, want := range []func(chart.Bar) float64{
		func(b chart.Bar) float64 { return b.Low },
		func(b chart.Bar) float64 { return b.High },
	} {
		ser := o.Series[s]
		if ser.Type != "bar" || ser.Stack != "" {
			t.Errorf("series %s: type %q stack %q, want an unstacked bar", ser.ID, ser.Type, ser.Stack)
		}
		if ser.Encode.X != 1 || ser.Encode.Y != 0 || ser.Encode.Tooltip != 3 { // the tooltip reads the full figure (Text.Full)
			t.Errorf("series %s: encode %+v", ser.ID, ser.Encode)
		}
		if !ser.Label.Show || ser.Label.Position != "outside" || ser.Label.Formatter != "{@[2]}" {
			t.Errorf("series %s: label %+v", ser.ID, ser.Label)
		}
		if len(ser.Data) != len(tornadoBars) {
			t.Fatalf("series %s: %d bars, want %d", ser.ID, len(ser.Data), len(tornadoBars))
		}
		for i, d := range ser.Data {
			b := tornadoBars[i]
			if d.ID != b.ID || len(d.Value) != 4 || d.Value[0] != float64(i) || d.Value[1] != want(b) || d.Value[2] != signedYen(want(b)) || d.Value[3] != signedYen(want(b)) {
				t.Errorf("series %s bar %d: %s %v, want %s [%d %v %q]", ser.ID, i, d.ID, d.Value, b.ID, i, want(b), signedYen(want(b)))
			}
		}
	}
	if v := o.Series[0].Data[4].Value; v[2] != "+¥150万" {
		t.Errorf("ramp-up low %v, want the positive %q", v, "+¥150万")
	}

	// Empty: the same series, empty, and an axis from -1 to 1.
	o = parseTornado(t)(chart.Tornado(nil, "", "", chart.Text{}))
	if len(o.Series) != 2 || o.Series[0].Data == nil || len(o.Series[0].Data) != 0 || len(o.Series[1].Data) != 0 {
		t.Errorf("empty: series %+v", o.Series)
	}
	if y := o.YAxis[0].Data; y == nil || len(y) != 0 {
		t.Errorf("empty: categories %v, want []", y)
	}
	if x := o.XAxis[0]; x.Min == nil || *x.Min != -1 || x.Max == nil || *x.Max != 1 {
		t.Errorf("empty: x axis %v to %v", x.Min, x.Max)
	}
	if !slices.Equal(o.Legend.Data, []string{"Low", "High"}) {
		t.Errorf("empty: legend %v, want the defaults", o.Legend.Data)
	}
}

// Whatever the levers, an option has the same keys, so that a merge never
// keeps a stale one.
func TestTornadoSameKeys(t *testing.T) {
	a, err := chart.Tornado(tornadoBars, "−10 %", "+10 %", ja)
	if err != nil {
		t.Fatal(err)
	}
	b, err := chart.Tornado([]chart.Bar{{Label: "x"}}, "", "", chart.Text{})
	if err != nil {
		t.Fatal(err)
	}
	if ka, kb := keys(t, a), keys(t, b); !slices.Equal(ka, kb) {
		t.Errorf("keys differ:\n%v\n%v", ka, kb)
	}
}

func TestTornadoInputErrors(t *testing.T) {
	for _, c := range []struct {
		name   string
		bars   []chart.Bar
		series string
		index  int
		id     string
	}{
		{"low NaN", []chart.Bar{{ID: "calls", Low: math.NaN()}}, "low", 0, "calls"},
		{"high infinite", []chart.Bar{{ID: "calls", Low: -1, High: 1}, {Label: "Win rate", High: math.Inf(1)}}, "high", 1, "Win rate"},
		{"low negative infinity", []chart.Bar{{}, {}, {ID: "ramp_up", Low: math.Inf(-1)}}, "low", 2, "ramp_up"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := chart.Tornado(c.bars, "", "", chart.Text{})
			var ie *chart.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v (option %d bytes), want an *InputError", err, len(b))
			}
			if b != nil || ie.Chart != "tornado" || ie.Series != c.series || ie.Index != c.index || ie.Name != c.id || !strings.Contains(ie.Rule, "finite") {
				t.Errorf("got %+v", ie)
			}
			if msg := err.Error(); !strings.Contains(msg, "tornado") || !strings.Contains(msg, c.series+"["+strconv.Itoa(c.index)+"]") {
				t.Errorf("message %q names neither the chart, the series nor the index", msg)
			}
		})
	}
}

// A note stands in for an effect that is not a number: no bar, the note as
// its label, and no room taken on the axis.
func TestTornadoNote(t *testing.T) {
	bars := []chart.Bar{
		{ID: "close_rate", Label: "Close rate", Low: math.Inf(1), LowNote: "not reachable", High: -31.25},
		{ID: "calls", Label: "Calls", Low: 4.6, High: -3.8},
	}
	o := parseTornado(t)(chart.Tornado(bars, "min", "max", chart.Text{Format: signedYen}))
	low, high := o.Series[0].Data, o.Series[1].Data
	if v := low[0].Value; v[1] != 0.0 || v[2] != "not reachable" {
		t.Errorf("noted bar %v, want no bar labelled with the note", v)
	}
	if v := high[0].Value; v[1] != -31.25 || v[2] != signedYen(-31.25) {
		t.Errorf("its other bar %v, want the effect", v)
	}
	bars[0].Low, bars[0].LowNote = 0, ""
	if x, y := o.XAxis[0], parseTornado(t)(chart.Tornado(bars, "", "", chart.Text{})).XAxis[0]; *x.Min != *y.Min || *x.Max != *y.Max {
		t.Errorf("axis %v to %v, want %v to %v as with no effect there", *x.Min, *x.Max, *y.Min, *y.Max)
	}
}

func BenchmarkTornado(b *testing.B) {
	bench(b, func() ([]byte, error) {
		return chart.Tornado(tornadoBars, "−10 %", "+10 %", chart.Text{Format: signedYen})
	})
}
