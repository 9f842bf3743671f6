package chart

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// Series ids: stable across calls, so that a merging setOption updates each
// series in place.
const (
	SeriesRequired = "required" // Funnel: the stages; Activities: required activity
	SeriesPlanned  = "planned"  // Activities: planned activity
	SeriesForecast = "forecast" // Cumulative: cumulative forecast
	SeriesGoal     = "goal"     // Cumulative: cumulative goal
	SeriesBandLow  = "band-low" // Cumulative: the band's invisible base (P10)
	SeriesBand     = "band"     // Cumulative: the band, stacked on its base (P10 to P90)
	SeriesMedian   = "median"   // Cumulative: the middle of the band (P50)
)

// Text holds every string a chart shows, already translated by the caller,
// and the format of its values. The zero value is usable: an empty name
// falls back to the English word given below.
type Text struct {
	Title    string // drawn inside the chart, top left; empty: no title (the page has a heading)
	Required string // series name of required values; default "Required"
	Planned  string // series name of planned activity; default "Planned"
	Ceiling  string // name of the ceiling line; default "Ceiling"
	Over     string // put before the value of a bar beyond its ceiling; default "⚠"
	Forecast string // series name of the cumulative forecast; default "Forecast"
	Goal     string // series name of the cumulative goal; default "Goal"
	Band     string // series name of the forecast band; default "P10–P90"
	Median   string // series name of the band's middle line; default "P50"

	// Format formats every value the chart shows (labels and tooltips). Pass
	// a count format to Funnel and Activities and a money format to
	// Cumulative. Nil: grouped digits, no decimals from 100 up, one below.
	Format func(float64) string
	// Full formats a value in full for a tooltip where Format's labels are
	// short (the tornado's "+¥422M" reads +¥422,400,000 on hover); nil:
	// Format. Only Tornado reads it.
	Full func(float64) string

	// Axis names the function that writes the value axis's labels in the
	// page's language and unit ("1億円", "¥100M", "100K"). The option
	// carries it as the string "__f__" + Axis + "__f__", which the host
	// replaces by a function of that name (app/ui revives it with a Go
	// callback: the page's Content-Security-Policy allows no eval). Empty:
	// ECharts' own labels.
	Axis string
}

// AxisFormatter is the string that stands for the axis label function
// named name in an option (see Text.Axis); "" for no name.
func AxisFormatter(name string) string {
	if name == "" {
		return ""
	}
	return FuncMark + name + FuncMark
}

// FuncMark wraps a function's name or text in an option: go-echarts'
// convention for functions (opts.FuncOpts), which the host revives.
const FuncMark = "__f__"

// axisLabel is the value axis's label options for t.
func (t Text) axisLabel() *opts.AxisLabel {
	if t.Axis == "" {
		return nil
	}
	return &opts.AxisLabel{Show: opts.Bool(true), Formatter: types.FuncStr(AxisFormatter(t.Axis))}
}

func (t Text) withDefaults() Text {
	def := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	def(&t.Required, "Required")
	def(&t.Planned, "Planned")
	def(&t.Ceiling, "Ceiling")
	def(&t.Over, "⚠")
	def(&t.Forecast, "Forecast")
	def(&t.Goal, "Goal")
	def(&t.Band, "P10–P90")
	def(&t.Median, "P50")
	if t.Format == nil {
		t.Format = defaultFormat
	}
	if t.Full == nil {
		t.Full = t.Format
	}
	return t
}

// defaultFormat writes v with grouped digits, without decimals from 100 up
// and with one below: 1234567 → "1,234,567", 41.67 → "41.7".
func defaultFormat(v float64) string {
	d := 1
	if math.Abs(v) >= 100 || v == math.Trunc(v) {
		d = 0
	}
	s := strconv.FormatFloat(v, 'f', d, 64)
	if d > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-2]
	}
	if s == "-0" {
		s = "0"
	}
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	end := len(s)
	for i := range len(s) {
		if s[i] == '.' {
			end = i
			break
		}
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	out = append(out, sign...)
	for i := range end {
		if i > 0 && (end-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(append(out, s[end:]...))
}

// InputError reports an input a chart cannot draw. The builders check every
// number before drawing and never clamp.
type InputError struct {
	Chart  string  // "funnel", "cumulative" or "activities"
	Series string  // the input field, which is also the series it feeds: "value", "forecast", "goal", "low", "high", "required", "planned" or "ceiling"
	Index  int     // index in the input slice
	Name   string  // the item's ID, or its label when it has none
	Value  float64 // the offending value
	Rule   string  // what the value must be
}

func (e *InputError) Error() string {
	return fmt.Sprintf("chart %s: %s[%d] (%s) is %v: %s", e.Chart, e.Series, e.Index, e.Name, e.Value, e.Rule)
}

const (
	ruleFinite  = "must be a finite number"
	ruleCount   = "must be a finite number, 0 or more"
	ruleLowHigh = "must not be above high"
	ruleMedian  = "must lie between low and high"
	animEnter   = 150 // ms, first draw
)

// animUpdate is 0: a chart follows its data at once. An update animation
// redraws the canvases on every frame of its length after each change, so
// during a drag the charts never rest and hold up the slider's next move;
// issue 14's budget is that they settle within 100 ms of the last one.
// ECharts' own defaults animate updates (300 ms, the tree 500 ms), so the
// 0 is written out everywhere (series.AnimationDurationUpdate).
const animUpdate = 0

// check returns an *InputError when v is NaN or infinite or, for a count,
// negative.
func check(chart, series string, i int, name string, v float64, count bool) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		rule := ruleFinite
		if count {
			rule = ruleCount
		}
		return &InputError{chart, series, i, name, v, rule}
	}
	if count && v < 0 {
		return &InputError{chart, series, i, name, v, ruleCount}
	}
	return nil
}

// Colors: a blue for what the plan needs or forecasts (darker for the P50
// line), orange for the goal,
// grey-blue for the plan, red for what no human can do, dark grey for the
// ceiling.
const (
	colorPrimary = "#3a70a3"
	colorMedian  = "#1f3f5e" // the band's middle: a darker blue than the band
	colorGoal    = "#e07b1f"
	colorPlanned = "#93a8c0"
	colorOver    = "#d64545"
	colorCeiling = "#555555"
)

// funnelColors are the stages' colors, top down (repeated when there are
// more stages); white labels stay readable on each.
var funnelColors = [...]string{"#1f4e79", "#2b5f8f", "#3a70a3", "#4a7fb0", "#5a8cba"}

// palette replaces go-echarts' default color list; every series sets its
// own color, so it only matters for what this package does not color.
var palette = opts.Colors{colorPrimary, colorGoal, colorPlanned, colorOver, colorCeiling}

// series is one series as ECharts reads it: go-echarts' SingleSeries plus the
// keys it lacks or writes in a way that breaks merging. Fields here sit one
// level above SingleSeries's, so encoding/json prefers them (markLine,
// tooltip, encode, max).
type series struct {
	charts.SingleSeries
	Encode   *encode        `json:"encode,omitempty"`
	Tooltip  *seriesTooltip `json:"tooltip,omitempty"`
	MarkLine *markLine      `json:"markLine,omitempty"`
	Z        int            `json:"z,omitempty"`

	EndLabel    *lineEnd     `json:"endLabel,omitempty"` // line: the label at the end of the line
	LabelLayout *labelLayout `json:"labelLayout,omitempty"`

	// AnimationDurationUpdate shadows SingleSeries' field, which omits a 0.
	AnimationDurationUpdate int `json:"animationDurationUpdate"`

	// funnel
	Max     *float64 `json:"max,omitempty"`
	MinSize string   `json:"minSize,omitempty"`
	MaxSize string   `json:"maxSize,omitempty"`
	Gap     float64  `json:"gap,omitempty"`
}

// encode maps data dimensions: x and y (bar, line) or value (funnel), and
// tooltip, the dimension holding the value formatted in Go.
type encode struct {
	X       *int `json:"x,omitempty"`
	Y       *int `json:"y,omitempty"`
	Value   *int `json:"value,omitempty"`
	Tooltip int  `json:"tooltip"`
}

// labelLayout is how ECharts places a series' labels against every other
// label of the chart, after drawing (go-echarts has no such field).
type labelLayout struct {
	MoveOverlap string  `json:"moveOverlap,omitempty"` // "shiftX" or "shiftY": move overlapping labels apart
	Dy          float64 `json:"dy,omitempty"`          // move every label down by this many pixels (up when negative)
}

type seriesTooltip struct {
	Show bool `json:"show"`
}

// markLine is always written with its data array, even empty: a merging
// setOption keeps an omitted markLine, so a ceiling would outlive its lever.
type markLine struct {
	Silent    bool            `json:"silent"`
	Symbol    [2]string       `json:"symbol"`
	Label     *opts.Label     `json:"label,omitempty"`
	LineStyle *opts.LineStyle `json:"lineStyle,omitempty"`
	Data      []markLineItem  `json:"data"`

	AnimationDuration       int `json:"animationDuration"`
	AnimationDurationUpdate int `json:"animationDurationUpdate"`
}

type markLineItem struct {
	Name  string  `json:"name"`
	YAxis float64 `json:"yAxis"`
}

// title is always written with its text, so that clearing Text.Title clears
// the drawn title on a merge.
type title struct {
	Text      string          `json:"text"`
	Show      bool            `json:"show"`
	Left      string          `json:"left"`
	Top       string          `json:"top"`
	TextStyle *opts.TextStyle `json:"textStyle,omitempty"`
}

// tooltip adds confine: a tooltip near the edge of a phone's screen stays
// inside the chart; and renderMode "richText": the tooltip is drawn on the
// chart's canvas, not as HTML with style attributes, which the page's
// Content-Security-Policy (no inline styles) would block.
type tooltip struct {
	opts.Tooltip
	Confine    bool   `json:"confine"`
	RenderMode string `json:"renderMode"`
}

// visitor finishes the option go-echarts assembles: it swaps in the extended
// series, the title and the tooltip, adds top-level animation timings (which
// JSON() drops) and removes the empty toolbox.
type visitor struct {
	charts.BaseConfigurationVisitor
	extras []series // extras[i] completes series i
	title  string
}

func (v *visitor) VisitSeriesOpt(ms charts.MultiSeries) any {
	out := make([]series, len(ms))
	for i := range ms {
		if i < len(v.extras) {
			out[i] = v.extras[i]
		}
		out[i].SingleSeries = ms[i]
		out[i].AnimationDurationUpdate = animUpdate
	}
	return out
}

func (v *visitor) VisitTitleOpt(opts.Title) any {
	return title{Text: v.title, Show: v.title != "", Left: "8", Top: "4", TextStyle: &opts.TextStyle{FontSize: 14}}
}

func (v *visitor) VisitTooltipOpt(t opts.Tooltip) any {
	return tooltip{Tooltip: t, Confine: true, RenderMode: "richText"}
}

func (v *visitor) Visit(obj map[string]any) {
	delete(obj, "toolbox")
	obj["animationDuration"] = animEnter
	obj["animationDurationUpdate"] = animUpdate
}

// marshal validates a chart and encodes its option.
func marshal(bc *charts.BaseConfiguration, validate func(), v *visitor) ([]byte, error) {
	bc.Accept(v)
	validate()
	b, err := json.Marshal(bc.JSON())
	if err != nil {
		return nil, fmt.Errorf("chart: encoding the option: %w", err)
	}
	return b, nil
}

// addSeries appends a series of type typ to a chart's series, with its id,
// its data and a short first animation. It stands for the charts' AddSeries, which
// take go-echarts' data types and, for lines, spend a reflective walk of the
// series setting defaults it does not have.
func addSeries(ms *charts.MultiSeries, typ, name, id string, data any, o ...charts.SeriesOpts) {
	s := charts.SingleSeries{Name: name, Type: typ, Id: id, Data: data}
	s.ConfigureSeriesOpts(o...)
	animate(&s)
	*ms = append(*ms, s)
}

// animate sets a series' short first animation (updates: animUpdate).
func animate(s *charts.SingleSeries) {
	s.Animation = opts.Bool(true)
	s.AnimationDuration = animEnter
}

// common are the global options of every chart: palette, title spacing,
// legend at the bottom and a grid that contains its labels.
func common(t Text, legend []string) []charts.GlobalOpts {
	top := "16"
	if t.Title != "" {
		top = "40"
	}
	return []charts.GlobalOpts{
		charts.WithColorsOpts(palette),
		charts.WithLegendOpts(opts.Legend{
			Show: opts.Bool(true), Type: "scroll", Bottom: "0", Left: "center", Data: legend,
			ItemWidth: 16, // four names fit a phone without the pager (25 by default)
		}),
		charts.WithGridOpts(opts.Grid{
			Left: "8", Right: "16", Top: top, Bottom: "36", ContainLabel: opts.Bool(true),
		}),
	}
}

func intp(i int) *int { return &i }

// point is a data item of a bar or line series. ECharts reads its value as
// [x, y, text]: x is the category index and text is y formatted by
// Text.Format, which the tooltip (encode.tooltip) and labels ("{@[2]}") show.
type point struct {
	ID        string
	X         int
	Y         float64
	Text      string
	Tip       string // the tooltip's text, a fourth dimension, when it is not Text (tornadoEncode); "": none
	ItemStyle *opts.ItemStyle
	Label     *opts.Label
}

// points encodes itself without reflection: the cumulative chart has four
// dozen points and is rebuilt on every slider move.
type points []point

func (ps points) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 48*len(ps)+2)
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		if p.ID != "" {
			b = append(b, `"id":`...)
			b = appendString(b, p.ID)
			b = append(b, ',')
		}
		b = append(b, `"value":[`...)
		b = strconv.AppendInt(b, int64(p.X), 10)
		b = append(b, ',')
		b = appendFloat(b, p.Y)
		b = append(b, ',')
		b = appendString(b, p.Text)
		if p.Tip != "" {
			b = append(b, ',')
			b = appendString(b, p.Tip)
		}
		b = append(b, ']')
		var err error
		if p.ItemStyle != nil {
			if b, err = appendObject(b, "itemStyle", p.ItemStyle); err != nil {
				return nil, err
			}
		}
		if p.Label != nil {
			if b, err = appendObject(b, "label", p.Label); err != nil {
				return nil, err
			}
		}
		b = append(b, '}')
	}
	return append(b, ']'), nil
}

// appendObject writes `,"key":` and v encoded by encoding/json.
func appendObject(b []byte, key string, v any) ([]byte, error) {
	sub, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	b = append(b, `,"`...)
	b = append(b, key...)
	b = append(b, `":`...)
	return append(b, sub...), nil
}

// xyEncode reads a point: x, y, and the formatted text for the tooltip.
var xyEncode = encode{X: intp(0), Y: intp(1), Tooltip: 2}

// textLabel is the label template showing a point's formatted value.
const textLabel = "{@[2]}"

// appendFloat writes f as encoding/json does. The builders have checked
// that f is finite.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // 1e-07 → 1e-7, as encoding/json
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString writes s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD. (json.Marshal then
// escapes <, > and & in the whole option.)
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}

// Prototypes of go-echarts' charts. Their constructors set defaults by
// walking the whole configuration by reflection, a third of a build's time
// in WebAssembly; the builders copy a prototype made once instead. The
// prototypes are validated here, so that the copies' Validate only reads the
// asset lists they share, and fresh gives each copy its own slices for
// everything a builder sets.
var (
	funnelProto = prototype(charts.NewFunnel())
	lineProto   = prototype(charts.NewLine())
	barProto    = prototype(charts.NewBar())
)

func prototype[C interface{ Validate() }](c C) C {
	c.Validate()
	return c
}

// fresh resets what a builder sets in a copy of a prototype.
func fresh(bc *charts.BaseConfiguration) {
	bc.MultiSeries = nil
	bc.GridList = nil
	bc.Colors = nil
	bc.XAxisList = []opts.XAxis{{}}
	bc.YAxisList = []opts.YAxis{{}}
}
