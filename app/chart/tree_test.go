package chart_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
)

// treeNodes is the outbound preset's tree as the page passes it.
var treeNodes = []chart.Node{
	{ID: "revenue", Parent: -1, Level: "KGI", Label: "売上", Required: "必要 1億円", Forecast: "予測 9,500万円"},
	{ID: "price", Parent: 0, Level: "KFS", Op: "×", Label: "平均単価", Required: "必要 100万円", Forecast: "予測 100万円", Folded: true},
	{ID: "deals", Parent: 0, Level: "KFS", Op: "×", Cadence: "月次", Label: "受注数", Required: "必要 100件", Forecast: "予測 95件", Selected: true},
	{ID: "close", Parent: 2, Level: "KPI", Op: "×", Label: "受注率", Forecast: "25%"},
	{ID: "opps", Parent: 2, Level: "KPI", Op: "×", Cadence: "週次", Label: "商談数 {x|y}", Required: "必要 400件"},
}

func TestTreeGolden(t *testing.T) {
	given := []chart.Node{ // velocity's top: a given's badge is grey
		{ID: "revenue", Parent: -1, Level: "KGI", Label: "売上", Required: "必要 1.2億円"},
		{ID: "velocity", Parent: 0, Level: "KFS", Op: "×", Label: "セールスベロシティ（1日）", Required: "必要 33.33万円"},
		{ID: "days", Parent: 0, Level: "前提", Given: true, Op: "×", Label: "日数（年間・暦日）", Forecast: "360"},
	}
	for name, nodes := range map[string][]chart.Node{"tree": treeNodes, "tree-empty": nil, "tree-given": given} {
		t.Run(name, func(t *testing.T) {
			b, err := chart.Tree(nodes, chart.Text{})
			if err != nil {
				t.Fatal(err)
			}
			got := normalize(t, b)
			golden(t, name, got)
		})
	}
}

type treeItem struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Label struct {
		Formatter string `json:"formatter"`
	} `json:"label"`
	Children []treeItem `json:"children"`
}

type treeOption struct {
	Series []struct {
		ID                string     `json:"id"`
		Type              string     `json:"type"`
		Orient            string     `json:"orient"`
		ExpandAndCollapse bool       `json:"expandAndCollapse"`
		Data              []treeItem `json:"data"`
	} `json:"series"`
}

// TestTreeProperties: for random trees, every node appears once, under its
// own parent, with its level, operator, label and figures in its box, and
// the box's rich text has exactly the runs it opens.
func TestTreeProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	ops := []string{"×", "+", "−", "÷", ""}
	for trial := range 200 {
		n := r.IntN(20)
		nodes := make([]chart.Node, n)
		for i := range nodes {
			p := -1
			if i > 0 {
				p = r.IntN(i)
			}
			nodes[i] = chart.Node{ID: "n" + strconv.Itoa(i), Parent: p, Level: []string{"KGI", "KFS", "KPI"}[min(i, 2)],
				Op: ops[r.IntN(len(ops))], Label: "L{" + strconv.Itoa(i) + "}|", Required: "R" + strconv.Itoa(i)}
			if i == 0 {
				nodes[i].Op = ""
			}
		}
		opt := decode[treeOption](t)(chart.Tree(nodes, chart.Text{}))
		if len(opt.Series) != 1 || opt.Series[0].Type != "tree" || opt.Series[0].ID != chart.SeriesTree || opt.Series[0].Orient != "TB" || opt.Series[0].ExpandAndCollapse {
			t.Fatalf("trial %d: series %+v", trial, opt.Series)
		}
		seen := map[string]int{}
		parent := map[string]string{}
		var walk func(p string, items []treeItem)
		walk = func(p string, items []treeItem) {
			for _, it := range items {
				seen[it.ID]++
				parent[it.ID] = p
				walk(it.ID, it.Children)
				i, _ := strconv.Atoi(strings.TrimPrefix(it.ID, "n"))
				nd := nodes[i]
				f := it.Label.Formatter
				if !strings.Contains(f, "{lvl|"+nd.Level+"}") && !strings.Contains(f, "{kgi|"+nd.Level+"}") {
					t.Errorf("trial %d: %s: level missing in %q", trial, it.ID, f)
				}
				if nd.Op != "" && !strings.Contains(f, "{op|"+nd.Op+"}") {
					t.Errorf("trial %d: %s: operator missing in %q", trial, it.ID, f)
				}
				if !strings.Contains(f, "{req|"+nd.Required+"}") || !strings.Contains(f, "{name|L("+strconv.Itoa(i)+")/}") {
					t.Errorf("trial %d: %s: label or figure missing in %q", trial, it.ID, f)
				}
				if strings.Count(f, "{") != strings.Count(f, "}") {
					t.Errorf("trial %d: %s: unbalanced rich text %q", trial, it.ID, f)
				}
			}
		}
		walk("", opt.Series[0].Data)
		if len(seen) != n {
			t.Fatalf("trial %d: %d nodes drawn, want %d", trial, len(seen), n)
		}
		for i, nd := range nodes {
			if seen[nd.ID] != 1 {
				t.Errorf("trial %d: %s drawn %d times", trial, nd.ID, seen[nd.ID])
			}
			want := ""
			if nd.Parent >= 0 {
				want = nodes[nd.Parent].ID
			}
			if parent[nd.ID] != want {
				t.Errorf("trial %d: node %d under %q, want %q", trial, i, parent[nd.ID], want)
			}
		}
	}
}

func TestTreeBadParent(t *testing.T) {
	_, err := chart.Tree([]chart.Node{{ID: "a", Parent: 0}}, chart.Text{})
	var ie *chart.InputError
	if !errors.As(err, &ie) || ie.Chart != "tree" || ie.Index != 0 {
		t.Fatalf("got %v, want an *InputError for node 0", err)
	}
}

// TestTreeWrap: a label longer than a box's line breaks at a space, at a
// CJK boundary or before a run of Latin letters and digits, never inside
// the run, after an opening bracket or before a closing one; a run longer
// than a line is cut.
func TestTreeWrap(t *testing.T) {
	for _, c := range []struct {
		name, label string
		want        []string
	}{
		{"en at spaces", "Monthly recurring revenue from expansion", []string{"Monthly recurring", "revenue from", "expansion"}},
		{"en bracketed acronym", "Cost per lead (CPA)", []string{"Cost per lead", "(CPA)"}},
		{"en run longer than a line", "Supercalifragilisticexpialidocious", []string{"Supercalifragilist", "icexpialidocious"}},
		{"ja fits", "MQL→SQL転換率", []string{"MQL→SQL転換率"}},
		// It read 「リード獲得単価（CP」 / 「A）」 in the Inside sales preset.
		{"ja Latin run in brackets", "リード獲得単価（CPA）", []string{"リード獲得単価", "（CPA）"}},
		{"ja opening bracket with what follows", "受注件数の月平均（全社）", []string{"受注件数の月平均", "（全社）"}},
		// It read 「拡張ARR（アップセ」 / 「ル）」 on the handout: a bracket that
		// fits a line goes to the next whole.
		{"ja brackets kept whole", "新規＋拡張ARR（アップセル）", []string{"新規＋拡張ARR", "（アップセル）"}},
		{"ja brackets longer than a line", "売上（既存顧客のリピートとアップセル）", []string{"売上", "（既存顧客のリピー", "トとアップセル）"}},
		{"en spaces in brackets", "Revenue (from existing accounts)", []string{"Revenue (from", "existing accounts)"}},
		{"ja Latin run after CJK", "年間契約額の平均ACV", []string{"年間契約額の平均", "ACV"}},
		{"ja closing mark with what it closes", "架電数を毎日増やす。", []string{"架電数を毎日増や", "す。"}},
		{"ja at a CJK boundary", "アップセル率訪問あたり件数", []string{"アップセル率訪問あ", "たり件数"}},
		{"ja figure with a number", "必要 1億2,400万円", []string{"必要 1億2,400万円"}},
		{"ja number not split", "必要 1億2,400万円（月平均2,000）", []string{"必要 1億2,400万円", "（月平均2,000）"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formatter(t, chart.Node{ID: "a", Parent: -1, Label: c.label})
			want := "\n{name|" + strings.Join(c.want, "}\n{name|") + "}"
			if got != want {
				t.Errorf("label %q, want %q", got, want)
			}
		})
	}
}

// A figure's line is longer than a name's: "required ¥100,000,000" reads
// on one line (it took two, and the KGI's row grew to five lines), a
// billion too; past 24 cells it wraps as a name does.
func TestTreeWrapFigures(t *testing.T) {
	for _, c := range []struct {
		name, required string
		want           []string
	}{
		{"a hundred million", "required ¥100,000,000", []string{"required ¥100,000,000"}},
		{"a billion", "required ¥1,000,000,000", []string{"required ¥1,000,000,000"}},
		{"ja", "必要 1億2,400万円", []string{"必要 1億2,400万円"}},
		{"past a line", "required ¥100,000,000,000,000", []string{"required", "¥100,000,000,000,000"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formatter(t, chart.Node{ID: "a", Parent: -1, Label: "Revenue", Required: c.required})
			want := "\n{name|Revenue}\n{req|" + strings.Join(c.want, "}\n{req|") + "}"
			if got != want {
				t.Errorf("label %q, want %q", got, want)
			}
		})
	}
}

func TestTreeSpan(t *testing.T) {
	// The outbound tree: a chain with one leaf beside each link.
	chain := []chart.Node{{Parent: -1}, {Parent: 0}, {Parent: 0}, {Parent: 2}, {Parent: 2}, {Parent: 4}, {Parent: 4}}
	for _, c := range []struct {
		name  string
		nodes []chart.Node
		want  float64
	}{
		{"one", []chart.Node{{Parent: -1}}, 1},
		{"two leaves", []chart.Node{{Parent: -1}, {Parent: 0}, {Parent: 0}}, 2},
		{"chain", chain, 3},
		{"cousins", []chart.Node{{Parent: -1}, {Parent: 0}, {Parent: 0}, {Parent: 1}, {Parent: 1}, {Parent: 2}, {Parent: 2}}, 5},
		{"only child at an end", []chart.Node{{Parent: -1}, {Parent: 0}, {Parent: 0}, {Parent: 2}}, 2},
		{"folded cousins", []chart.Node{{Parent: -1}, {Parent: 0}, {Parent: 0, Folded: true}, {Parent: 1}, {Parent: 1}, {Parent: 2}, {Parent: 2}}, 2.5},
	} {
		if got := chart.TreeSpan(c.nodes); got != c.want {
			t.Errorf("%s: span %v, want %v", c.name, got, c.want)
		}
	}
}

// Red means what no human can do (a requirement over the ceiling, in the
// activity chart): the tree has nothing over a ceiling to mark, and its
// operators read as a formula's, not as a red × (a mark of failure) beside
// every box.
func TestTreeHasNoRed(t *testing.T) {
	const red = "#d64545" // colorOver
	b, err := chart.Tree(treeNodes, chart.Text{})
	if err != nil {
		t.Fatal(err)
	}
	var o map[string]any
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatal(err)
	}
	delete(o, "color") // the palette, which every series overrides
	drawn, _ := json.Marshal(o)
	if strings.Contains(strings.ToLower(string(drawn)), red) {
		t.Errorf("the tree draws in the red of what no human can do:\n%s", drawn)
	}
	if a, err := chart.Activities(oneActivity, chart.Text{}); err != nil || !strings.Contains(strings.ToLower(string(a)), red) {
		t.Errorf("the activity chart no longer marks a month over the ceiling in red (%v): the test's red is stale", err)
	}
}

// TestTreeTypeSize: the smallest type of a box is the level's badge,
// scaled as TreeScaled scales it.
func TestTreeTypeSize(t *testing.T) {
	for _, c := range []struct {
		name  string
		scale float64
		want  int
	}{
		{"the page's diagram", 1, 11},
		{"the presentation's", 1.4, 15},
		{"the least for 14 px", 1.25, 14},
		{"a deep tree drawn whole at 1280×720", 0.71, 8},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := chart.TreeTypeSize(c.scale); got != c.want {
				t.Errorf("TreeTypeSize(%v) = %d, want %d", c.scale, got, c.want)
			}
		})
	}
}

// The levels keep their spacing whatever the box around them: the series
// spans the height of the levels shown (no folded branch), from the top.
// Without its height ECharts spread two levels over a projector's whole
// screen (the presentation's first step: the KGI at the top, its boxes at
// the foot).
func TestTreeLevelsKeepTheirSpacing(t *testing.T) {
	chain := []chart.Node{{Parent: -1}, {Parent: 0}, {Parent: 0}, {Parent: 2}, {Parent: 2}, {Parent: 4}, {Parent: 4}}
	folded := append([]chart.Node(nil), chain...)
	folded[2].Folded = true
	for _, c := range []struct {
		name  string
		nodes []chart.Node
		scale float64
		rows  int
	}{
		{"root alone", chain[:1], 1, 1},
		{"four levels", chain, 1, 4},
		{"folded below the KFS", folded, 1, 2},
		{"folded, on a projector", folded, 1.5, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := chart.TreeScaled(c.nodes, chart.Text{}, c.scale)
			if err != nil {
				t.Fatal(err)
			}
			var opt struct {
				Series []struct{ Top, Bottom, Height string }
			}
			if err := json.Unmarshal(b, &opt); err != nil {
				t.Fatal(err)
			}
			s := opt.Series[0]
			top, _ := strconv.Atoi(s.Top)
			height, err := strconv.Atoi(s.Height)
			if err != nil {
				t.Fatalf("series height %q: %v", s.Height, err)
			}
			_, want := chart.TreeSize(c.nodes, c.scale)
			// The first level's dot at top, the last's at top+height: the
			// tree's own height less the room above and below the dots.
			if bottom, _ := strconv.Atoi(s.Bottom); top+height+bottom != int(want) || top != bottom {
				t.Errorf("top %d + height %d + bottom %s = %d, want the tree's height %v for %d rows", top, height, s.Bottom, top+height+bottom, want, c.rows)
			}
			if _, one := chart.TreeSize(c.nodes[:1], c.scale); c.rows > 1 && float64(height) > float64(c.rows)*(want-one) {
				t.Errorf("%d rows over %d px: more than a row's %.0f px each", c.rows, height, want-one)
			}
		})
	}
}

// formatter is the rich text of the box of n, drawn alone.
func formatter(t *testing.T, n chart.Node) string {
	t.Helper()
	b, err := chart.Tree([]chart.Node{n}, chart.Text{})
	if err != nil {
		t.Fatal(err)
	}
	return decode[treeOption](t)(b, nil).Series[0].Data[0].Label.Formatter
}

// A tree drawn left to right: the KGI's column at the left, the deepest at
// the right, each box's half and a border's room beside them, and no
// height of the levels (they are columns).
func TestTreeLeftRight(t *testing.T) {
	b, err := chart.TreeOriented(treeNodes, chart.Text{}, 1, chart.LeftRight)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "tree-lr", normalize(t, b))
	var opt struct {
		Series []struct{ Orient, Left, Right, Top, Bottom, Height string }
	}
	if err := json.Unmarshal(b, &opt); err != nil {
		t.Fatal(err)
	}
	s := opt.Series[0]
	if s.Orient != chart.LeftRight || s.Left != strconv.Itoa(chart.BoxWidth/2+8) || s.Right != s.Left || s.Top != s.Bottom || s.Height != "" {
		t.Errorf("series %+v", s)
	}
	w, h := chart.TreeSizeIn(treeNodes, 1, chart.LeftRight)
	tw, th := chart.TreeSize(treeNodes, 1)
	if !(w > 0 && h > 0) || w == tw && h == th {
		t.Errorf("left to right %v×%v, top down %v×%v", w, h, tw, th)
	}
}

// TreeFit is the scale that fits a tree in a box, never above 1: a wide,
// shallow tree fits a portrait page larger left to right, a deep one top
// down.
func TestTreeFit(t *testing.T) {
	wide := []chart.Node{{ID: "kgi", Parent: -1, Label: "Revenue"}}
	for i := range 8 {
		wide = append(wide, chart.Node{ID: "lever" + strconv.Itoa(i), Parent: 0, Label: "Lever", Forecast: "10%"})
	}
	deep := []chart.Node{{Parent: -1}, {Parent: 0}, {Parent: 0}, {Parent: 2}, {Parent: 2}, {Parent: 4}, {Parent: 4}, {Parent: 6}, {Parent: 6}}
	const width, height = 674, 423
	for _, c := range []struct {
		name   string
		nodes  []chart.Node
		larger string // the orientation it fits larger in
	}{
		{"eight boxes side by side", wide, chart.LeftRight},
		{"a deep chain", deep, chart.TopDown},
	} {
		t.Run(c.name, func(t *testing.T) {
			fits := map[string]float64{}
			for _, o := range []string{chart.TopDown, chart.LeftRight} {
				w, h := chart.TreeSizeIn(c.nodes, 1, o)
				fits[o] = chart.TreeFit(c.nodes, o, width, height)
				if want := min(1, width/w, height/h); fits[o] != want {
					t.Errorf("%s: scale %v, want %v (%v×%v in %v×%v)", o, fits[o], want, w, h, width, height)
				}
			}
			other := map[string]string{chart.TopDown: chart.LeftRight, chart.LeftRight: chart.TopDown}[c.larger]
			if fits[c.larger] <= fits[other] {
				t.Errorf("fits %v, want %s the larger", fits, c.larger)
			}
		})
	}
	if s := chart.TreeFit(treeNodes[:1], chart.TopDown, width, height); s != 1 {
		t.Errorf("one box at %v, want its size (1)", s)
	}
}
