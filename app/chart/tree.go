package chart

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// SeriesTree is the id of the KPI tree's one series.
const SeriesTree = "tree"

// Node is one box of the KPI tree diagram, in tree order (a parent before
// its children). Every text is already translated and formatted.
type Node struct {
	ID       string
	Parent   int    // index of the parent in the slice; -1 for the root (the KGI)
	Level    string // the article's term for the node's level: "KGI", "KFS", "KPI", or the word for a given
	Given    bool   // a given of the plan (opening ARR, 360 days a year), no KFS nor KPI: its badge is grey
	Op       string // the parent's operator, drawn on the edge into this node: ×, +, − or ÷; "" for none
	Cadence  string // how often it is measured, after the level: "週次", "weekly"; "" when not stated
	Label    string
	Required string // "必要 1億円"; empty when the node is off the solved path
	Forecast string // "予測 9,500万円"; empty when it has none
	Selected bool
	Folded   bool // its branches are folded away (the box shows ▸)
}

// treeItem is a data item of an ECharts tree series: nested children.
type treeItem struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Label     *treeLabel      `json:"label"`
	ItemStyle *opts.ItemStyle `json:"itemStyle"`
	Collapsed bool            `json:"collapsed"`
	Children  []*treeItem     `json:"children,omitempty"`
}

// treeLabel is a node's label: a literal rich text (no function, so the
// page's Content-Security-Policy is no obstacle) in a box.
type treeLabel struct {
	Formatter       string `json:"formatter"`
	BackgroundColor string `json:"backgroundColor"`
	BorderColor     string `json:"borderColor"`
	BorderWidth     int    `json:"borderWidth"`
	BorderRadius    int    `json:"borderRadius"`
	Padding         [2]int `json:"padding"`
}

// BoxWidth is the widest a node's box gets at scale 1, in CSS pixels: a
// label longer than wrapCells display cells (a CJK character is two), or a
// figure longer than figureCells, wraps onto lines of that length. A
// figure's line is longer than a name's: its type is smaller and not bold,
// and "required ¥1,000,000,000" (23 cells) is 131 pixels at 12. Wrapped at
// 18, "required ¥100,000,000" took two lines, every box of the row the
// height of the KGI's five, and the tree on paper, held to its 112 mm,
// printed at 6 pt.
const (
	BoxWidth    = 160
	wrapCells   = 18
	figureCells = 24
)

// richStyle is one rich text style of a label (go-echarts has none).
type richStyle struct {
	Color           string `json:"color"`
	BackgroundColor string `json:"backgroundColor,omitempty"`
	Padding         []int  `json:"padding,omitempty"`
	BorderRadius    int    `json:"borderRadius,omitempty"`
	FontSize        int    `json:"fontSize"`
	FontWeight      string `json:"fontWeight,omitempty"`
	LineHeight      int    `json:"lineHeight,omitempty"`
}

// seriesLabel is the series' label options with the rich text styles.
type seriesLabel struct {
	Show     bool                  `json:"show"`
	Position string                `json:"position"`
	Rich     map[string]*richStyle `json:"rich"`
}

// colorOperator is the operator's beside a box: the dark grey of text, as
// in a formula, and not bold. It was the red of what no human can do, and a
// bold red × beside every box read as a mark of failure (batsu, in Japan)
// on the projector; bold, even grey, it looked like a close button's ✕.
const colorOperator = "#3c4650"

// colorGiven is a given's badge: grey, white text at 4.8:1.
const colorGiven = "#6b7280"

// treeRich are the label's rich text styles, by name.
var treeRich = map[string]*richStyle{
	"lvl":   {Color: "#fff", BackgroundColor: "#1f4e79", Padding: []int{1, 4}, BorderRadius: 3, FontSize: 11, FontWeight: "bold"},
	"kgi":   {Color: "#fff", BackgroundColor: colorGoal, Padding: []int{1, 4}, BorderRadius: 3, FontSize: 11, FontWeight: "bold"},
	"given": {Color: "#fff", BackgroundColor: colorGiven, Padding: []int{1, 4}, BorderRadius: 3, FontSize: 11, FontWeight: "bold"},
	"op":    {Color: colorOperator, FontSize: 15, FontWeight: "normal", Padding: []int{0, 4, 0, 0}},
	"cad":   {Color: "#4b5563", FontSize: 11},
	"name":  {Color: "#1a1a1a", FontSize: 13, FontWeight: "bold", LineHeight: 18},
	"req":   {Color: "#1f4e79", FontSize: 12, LineHeight: 16},
	"fc":    {Color: "#555", FontSize: 12, LineHeight: 16},
}

// treeSeries is the tree series as ECharts reads it.
type treeSeries struct {
	charts.SingleSeries
	Label      *seriesLabel `json:"label"`
	SymbolSize int          `json:"symbolSize"`
	Height     string       `json:"height,omitempty"` // from the top: the levels' span (TreeScaled)

	// The tree is not animated (series.Animation false), and its
	// AnimationDurationUpdate is animUpdate's 0, written out against the
	// tree's default of 500 ms. ECharts' tree series, told not to animate,
	// removes the last tree's boxes at once and can then read the edge of
	// one it removed ("reading '__edge'"), so the page draws each tree afresh
	// (ui.Diagram.draw): no tree is diffed against the last. Animated for
	// 1 ms instead, a box was left where its animation's first frame put it
	// when no second frame came (three CI runs: boxes piled on their
	// parent's last place, a click on the layout's place missing its box).
	// Drawn afresh with its first animation, every box faded in over 150
	// ms at every update.
	AnimationDurationUpdate int `json:"animationDurationUpdate"`
}

// treeVisitor swaps in the tree series with its rich label styles.
type treeVisitor struct {
	visitor
	scale  float64
	height string // the series' height
}

// scaled is treeRich with its sizes multiplied by s.
func scaled(s float64) map[string]*richStyle {
	out := make(map[string]*richStyle, len(treeRich))
	for k, r := range treeRich {
		c := *r
		c.FontSize = int(math.Round(float64(c.FontSize) * s))
		c.LineHeight = int(math.Round(float64(c.LineHeight) * s))
		out[k] = &c
	}
	return out
}

// TreeTypeSize is the smallest type, in CSS pixels, that the boxes of a
// diagram drawn at scale are in (the level's badge).
func TreeTypeSize(scale float64) int {
	least := 0
	for _, r := range scaled(scale) {
		if least == 0 || r.FontSize < least {
			least = r.FontSize
		}
	}
	return least
}

func (v *treeVisitor) VisitSeriesOpt(ms charts.MultiSeries) any {
	out := make([]treeSeries, len(ms))
	for i := range ms {
		ms[i].Animation = opts.Bool(false)
		out[i] = treeSeries{SingleSeries: ms[i], SymbolSize: 10, AnimationDurationUpdate: animUpdate, Height: v.height,
			Label: &seriesLabel{Show: true, Position: "inside", Rich: scaled(v.scale)}}
	}
	return out
}

// Tree returns the option of the KPI tree drawn top down: the KGI at the
// top, every node a box with its level (KGI, KFS, KPI), the operator of the
// edge from its parent, its label and its required and forecast figures.
// The selected node is outlined. A node with Folded set hides its branches:
// the host folds and unfolds (ECharts' own toggle is off, so that a click
// can select and a redraw keeps what is folded). Item ids are the node ids,
// so a click names its node.
//
// A parent index that does not point at an earlier node is an *InputError.
func Tree(nodes []Node, t Text) ([]byte, error) { return TreeScaled(nodes, t, 1) }

// TreeScaled is Tree with every type size multiplied by scale (1.5 for a
// projector: names at 19 px, figures at 18 px).
func TreeScaled(nodes []Node, t Text, scale float64) ([]byte, error) {
	return TreeOriented(nodes, t, scale, TopDown)
}

// TreeOriented is TreeScaled drawn in orient: TopDown as Tree, or
// LeftRight, the KGI at the left and each level a column to its right (a
// wide tree on a portrait page: TreeFit), in TreeSizeIn's size.
func TreeOriented(nodes []Node, t Text, scale float64, orient string) ([]byte, error) {
	if !(scale > 0) || math.IsInf(scale, 0) {
		scale = 1
	}
	if orient != LeftRight {
		orient = TopDown
	}
	items := make([]*treeItem, len(nodes))
	var roots []*treeItem
	for i, n := range nodes {
		if n.Parent >= i || n.Parent < -1 {
			return nil, &InputError{"tree", "parent", i, name(n.ID, n.Label), float64(n.Parent), "must be -1 or the index of an earlier node"}
		}
		items[i] = &treeItem{ID: n.ID, Name: n.Label, Label: nodeLabel(n), ItemStyle: nodeStyle(n), Collapsed: n.Folded}
		if n.Parent < 0 {
			roots = append(roots, items[i])
		} else {
			p := items[n.Parent]
			p.Children = append(p.Children, items[i])
		}
	}
	if roots == nil {
		roots = []*treeItem{}
	}

	c := charts.NewTree()
	c.SetGlobalOptions(
		charts.WithColorsOpts(palette),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false), Data: []string{}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(false)}),
	)
	px := func(v float64) string { return strconv.Itoa(int(math.Round(v))) }
	half := int(math.Round(boxHeight(nodes, scale)/2)) + 8 // the root's and the leaves' boxes are centred on their dots
	top, bottom := strconv.Itoa(half), strconv.Itoa(half)
	// The levels keep their spacing in a box taller than the tree
	// (TreeSize): ECharts spread them over the whole box, so that the
	// presentation's first step, on a screen kept for its deepest, drew the
	// KGI at the top and its two boxes at the foot, 600 pixels apart.
	_, h := TreeSize(nodes, scale)
	height := strconv.Itoa(int(math.Round(h)) - 2*half)
	if t.Title != "" {
		top = strconv.Itoa(half + 24)
	}
	left := px(treeMargin(nodes, BoxWidth*scale+16))
	right := left
	if orient == LeftRight {
		// The columns from the KGI's box at the left edge to the deepest
		// boxes at the right one; the boxes of a column a step apart, as
		// a row's are top down.
		left = px(BoxWidth*scale/2 + treeBorder)
		right, height = left, ""
		top = px(treeMargin(nodes, boxStep(nodes, scale)))
		bottom = top
	}
	addSeries(&c.MultiSeries, types.ChartTree, t.Title, SeriesTree, roots,
		charts.WithTreeOpts(opts.TreeChart{
			Layout: "orthogonal", Orient: orient, Roam: opts.Bool(false),
			InitialTreeDepth: -1, ExpandAndCollapse: opts.Bool(false),
			Top: top, Bottom: bottom, Left: left, Right: right,
		}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: "#8aa0b8", Width: 1.5}),
	)
	c.Accept(&treeVisitor{visitor{title: t.Title}, scale, height})
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		return nil, fmt.Errorf("chart: encoding the tree's option: %w", err)
	}
	return b, nil
}

// nodeLabel writes a node's box: level and operator, label, figures.
func nodeLabel(n Node) *treeLabel {
	lvl := "lvl"
	switch {
	case n.Level == "KGI":
		lvl = "kgi"
	case n.Given:
		lvl = "given"
	}
	var b strings.Builder
	if n.Level != "" {
		b.WriteString("{" + lvl + "|" + rich(n.Level) + "} ")
	}
	if n.Op != "" {
		b.WriteString("{op|" + rich(n.Op) + "}")
	}
	if n.Cadence != "" {
		if n.Op != "" {
			b.WriteString(" ") // the operator's padding did not part 「×月次」
		}
		b.WriteString("{cad|" + rich(n.Cadence) + "}")
	}
	if n.Folded {
		if n.Op != "" || n.Cadence != "" {
			b.WriteString(" ") // 「月次▸」 had read as one word, the marker at the box's edge
		}
		b.WriteString("{op|▸}")
	}
	runs(&b, "name", n.Label)
	if n.Required != "" {
		runs(&b, "req", n.Required)
	}
	if n.Forecast != "" {
		runs(&b, "fc", n.Forecast)
	}
	l := &treeLabel{Formatter: b.String(), BackgroundColor: "#fff", BorderColor: "#b8c7d8", BorderWidth: 1, BorderRadius: 4, Padding: [2]int{4, 6}}
	if n.Selected {
		l.BorderColor, l.BorderWidth = colorGoal, 3
	}
	return l
}

func nodeStyle(n Node) *opts.ItemStyle {
	if n.Level == "KGI" {
		return &opts.ItemStyle{Color: colorGoal}
	}
	return &opts.ItemStyle{Color: colorPrimary}
}

// richSafe replaces what would end or split a rich text run (made once: a
// Replacer builds its table on first use).
var richSafe = strings.NewReplacer("{", "(", "}", ")", "|", "/", "\n", " ")

// rich makes text safe inside a rich text run: braces and bars would end
// or split it.
func rich(s string) string { return richSafe.Replace(s) }
