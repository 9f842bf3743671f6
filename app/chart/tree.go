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

// wrap breaks s into lines of at most n display cells (a CJK character is
// two). It breaks at a space, between two CJK characters, or where CJK text
// meets a run of Latin letters and digits; never inside such a run
// ("CPA", "2,400", "25%"), after an opening bracket or before a closing
// bracket or mark, so 「リード獲得単価（CPA）」 breaks before （CPA）, not
// inside it. A piece longer than a line is cut where the line ends.
func wrap(s string, n int) []string {
	var lines []string
	var line []rune
	cells := 0
	flush := func() {
		lines = append(lines, string(line))
		line, cells = nil, 0
	}
	for _, p := range pieces(s) {
		gap := 0
		if p.space && len(line) > 0 {
			gap = 1
		}
		if len(line) > 0 && cells+gap+p.cells > n {
			flush()
			gap = 0
		}
		if gap > 0 {
			line = append(line, ' ')
			cells++
		}
		for _, r := range p.text {
			if w := cellWidth(r); cells+w > n && len(line) > 0 {
				flush()
			}
			line = append(line, r)
			cells += cellWidth(r)
		}
	}
	if len(line) > 0 {
		flush()
	}
	return lines
}

// piece is what wrap keeps on one line: text with no break inside it, and
// whether a space came before it.
type piece struct {
	text  []rune
	cells int
	space bool
}

// pieces splits s where a line may break: at spaces (dropped), and
// between two characters unless both are narrow (a run of Latin letters,
// digits and their marks), the first opens a bracket or the second closes
// one or is a mark that may not start a line.
func pieces(s string) []piece {
	var out []piece
	space := false
	var prev rune
	for _, r := range s {
		if r == ' ' {
			space = true
			continue
		}
		if len(out) == 0 || space || breakBetween(prev, r) {
			out = append(out, piece{space: space})
		}
		p := &out[len(out)-1]
		p.text = append(p.text, r)
		p.cells += cellWidth(r)
		prev, space = r, false
	}
	return out
}

// breakBetween reports whether a line may break between a and b, two
// characters with no space between them.
func breakBetween(a, b rune) bool {
	switch {
	case cellWidth(a) == 1 && cellWidth(b) == 1: // inside a Latin run
		return false
	case strings.ContainsRune(openers, a), strings.ContainsRune(closers, b):
		return false
	}
	return true
}

// openers may not end a line, closers may not start one (Japanese kinsoku,
// the common part).
const (
	openers = "([{（［｛「『【〔〈《"
	closers = ")]}）］｝」』】〕〉》、。，．・：；！？ー々"
)

// cellWidth is the display cells r takes: two for CJK and other wide
// characters, one for the rest.
func cellWidth(r rune) int {
	if r >= 0x1100 {
		return 2
	}
	return 1
}

// runs writes s as rich text runs of style, one a line.
func runs(b *strings.Builder, style, s string) {
	cells := wrapCells
	if style != "name" {
		cells = figureCells
	}
	for _, l := range wrap(rich(s), cells) {
		b.WriteString("\n{" + style + "|" + l + "}")
	}
}

// TreeSpan is the width, in boxes, that the boxes of the diagram of nodes
// take side by side with none overlapping: the distance between the
// centres of the leftmost and the rightmost box, plus a box. It lays the
// tree out as ECharts' tree series does (Reingold–Tilford: siblings one
// step apart, cousins two, parents centred over their children). A folded
// node counts as a leaf. The host sizes the chart to TreeSpan × the box's
// width and scrolls when the screen is narrower.
func TreeSpan(nodes []Node) float64 {
	span := 0.0
	for _, r := range treeRoots(nodes) {
		span += r.r - r.l + 1
	}
	return max(span, 1)
}

// treeRoots lays out each tree of nodes (a node without a parent and the
// nodes below it) as ECharts does, and returns each tree's extent with the
// boxes at its ends: the one ECharts takes for each end, the first in
// depth-first order among boxes at the same place.
func treeRoots(nodes []Node) []side {
	kids := make([][]int, len(nodes))
	for i, n := range nodes {
		if n.Parent >= 0 && n.Parent < i {
			kids[n.Parent] = append(kids[n.Parent], i)
		}
	}
	rank := make([]int, len(nodes)) // depth-first order, as ECharts walks the tree
	next := 0
	var walk func(i int)
	walk = func(i int) {
		rank[i], next = next, next+1
		for _, c := range kids[i] {
			walk(c)
		}
	}
	for i, n := range nodes {
		if n.Parent < 0 {
			walk(i)
		}
	}
	// contour returns a subtree's extent at each depth, its root at 0,
	// with the boxes at either end of each.
	var contour func(i int) []side
	contour = func(i int) []side {
		if len(kids[i]) == 0 || nodes[i].Folded {
			return []side{{0, 0, i, i}}
		}
		var merged []side
		var xs []float64
		for k, c := range kids[i] {
			cc := contour(c)
			x := 0.0
			if k > 0 {
				x = math.Inf(-1)
				for d := 0; d < len(cc) && d < len(merged); d++ {
					sep := 2.0
					if d == 0 {
						sep = 1
					}
					x = max(x, merged[d].r-cc[d].l+sep)
				}
			}
			xs = append(xs, x)
			for d, e := range cc {
				e.l, e.r = e.l+x, e.r+x
				if d < len(merged) {
					merged[d] = merged[d].widest(e, rank)
				} else {
					merged = append(merged, e)
				}
			}
		}
		mid := (xs[0] + xs[len(xs)-1]) / 2
		out := []side{{0, 0, i, i}}
		for _, e := range merged {
			out = append(out, side{e.l - mid, e.r - mid, e.li, e.ri})
		}
		return out
	}
	var roots []side
	for i, n := range nodes {
		if n.Parent < 0 {
			ends := side{0, 0, i, i}
			for _, e := range contour(i) {
				ends = ends.widest(e, rank)
			}
			roots = append(roots, ends)
		}
	}
	return roots
}

// side is an extent of a tree laid out: its leftmost and rightmost boxes'
// places (l, r) and indexes (li, ri).
type side struct {
	l, r   float64
	li, ri int
}

// widest is the extent of the boxes of a and b: at a tie, the box first
// in depth-first order (rank) is the end, as ECharts takes it.
func (a side) widest(b side, rank []int) side {
	const near = 1e-9
	if b.l < a.l-near || b.l < a.l+near && rank[b.li] < rank[a.li] {
		a.l, a.li = b.l, b.li
	}
	if b.r > a.r+near || b.r > a.r-near && rank[b.ri] < rank[a.ri] {
		a.r, a.ri = b.r, b.ri
	}
	return a
}

// treeMargin is the left and right of the tree series at scale: ECharts
// keeps, beyond the centres of the boxes at the ends, half the step
// between the two (half a box's step when they are siblings, a whole one
// when not), where half a box is room enough; the margin gives back what
// is more, so the chart is TreeSpan boxes wide and its boxes a step
// apart, plus a border's room at either side.
func treeMargin(nodes []Node, scale float64) float64 {
	roots := treeRoots(nodes)
	if len(roots) == 0 {
		return treeBorder
	}
	ends := roots[0] // ECharts draws the first tree
	if ends.li == ends.ri || nodes[ends.li].Parent == nodes[ends.ri].Parent {
		return treeBorder // one box (centred), or siblings at the ends: half a step
	}
	return treeBorder - (BoxWidth*scale+16)/2 // cousins: a step, half of it given back
}

// treeBorder is the room, in CSS pixels, beside the boxes at the ends:
// their borders and shadows.
const treeBorder = 8

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
	if !(scale > 0) || math.IsInf(scale, 0) {
		scale = 1
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
	margin := strconv.Itoa(int(math.Round(treeMargin(nodes, scale))))
	addSeries(&c.MultiSeries, types.ChartTree, t.Title, SeriesTree, roots,
		charts.WithTreeOpts(opts.TreeChart{
			Layout: "orthogonal", Orient: "TB", Roam: opts.Bool(false),
			InitialTreeDepth: -1, ExpandAndCollapse: opts.Bool(false),
			Top: top, Bottom: bottom, Left: margin, Right: margin,
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

// TreeSize is the size, in CSS pixels, that the diagram of nodes needs at
// scale so that no two boxes overlap: TreeSpan boxes wide, and as many
// rows as the deepest unfolded branch, each as high as the tallest box.
func TreeSize(nodes []Node, scale float64) (width, height float64) {
	if !(scale > 0) {
		scale = 1
	}
	box := boxHeight(nodes, scale)
	width = TreeSpan(nodes)*(BoxWidth*scale+16) + 2*treeBorder // the boxes and the room beside them
	height = float64(treeRows(nodes))*(box+22) + 40
	return width, height
}

// treeRows is the number of levels the diagram of nodes shows: the
// deepest branch that no folded box hides.
func treeRows(nodes []Node) int {
	depth := make([]int, len(nodes))
	hidden := make([]bool, len(nodes))
	rows := 1
	for i, n := range nodes {
		if p := n.Parent; p >= 0 && p < i {
			depth[i] = depth[p] + 1
			hidden[i] = hidden[p] || nodes[p].Folded
		}
		if !hidden[i] {
			rows = max(rows, depth[i]+1)
		}
	}
	return rows
}

// boxHeight is the height of the tallest box, in CSS pixels: its lines,
// the level's badge and the padding.
func boxHeight(nodes []Node, scale float64) float64 {
	lines := 1
	for _, n := range nodes {
		lines = max(lines, strings.Count(nodeLabel(n).Formatter, "\n"))
	}
	return (float64(lines)*17 + 18 + 10) * scale
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
	if n.Folded {
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
