//go:build !wasm

package main

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestMonthsTableLastRowsKeepTogether: on paper the year's months table
// ends with at least two rows on its last page. The Japanese handout of a
// team of 1億2,000万円 with actuals to November printed March 2027 alone on
// its fifth page, the row that holds the year's landing figure apart from
// the table above it (an analyst's item 7).
func TestMonthsTableLastRowsKeepTogether(t *testing.T) {
	needPoppler(t)
	preset, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	own := strings.NewReplacer("value: 100000000", "value: 120000000", "value: 1000000\n", "value: 800000\n", "value: 20%", "value: 30%").Replace(string(preset))
	tree := tempFile(t, "team-a.yaml", []byte(own))
	file := tempFile(t, "actuals.csv", []byte("月,架電数,初回商談数（アポ）,商談数,受注件数,売上\n"+
		"2026年4月,7400,148,44,11,880万\n2026年5月,7900,158,47,12,960万\n2026年6月,7600,152,45,10,800万\n2026年7月,8100,162,48,12,960万\n"+
		"2026年8月,6900,138,40,9,720万\n2026年9月,7700,154,46,11,880万\n2026年10月,7800,156,46,12,960万\n2026年11月,7500,150,45,11,880万\n"))
	// The cumulative goals of the table's last two rows, February's and
	// March's: the month cells' 年 and 月 come out of the PDF's text apart
	// from their digits.
	last := map[string][2]string{"ja": {"1億2,000万円", "1億1,000万円"}, "en": {"¥120,000,000", "¥110,000,000"}}
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		plan2026On(t, ctx, time.Date(2026, 12, 8, 9, 0, 0, 0, time.Local))
		do(t, ctx, chromedp.SetUploadFiles("#file-open", []string{tree}))
		waitFor(t, ctx, `document.querySelector('.share-message[data-alert="false"]')?.textContent.includes("team-a.yaml")`, "opening the tree was not said")
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		waitFor(t, ctx, `document.querySelector('.refit.tracked') !== null`, "the actuals did not take")
		do(t, ctx, chromedp.Sleep(time.Second)) // the year's section built, its chance run
		data := printPDF(t, ctx)
		keep(t, data, "months-"+lang)
		pages := strings.Split(strings.TrimSuffix(pdftotext(t, pdfFile(t, data), "-layout"), "\f"), "\f")
		at := -1
		for i, page := range pages {
			if strings.Contains(squeeze(page), last[lang][0]) {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("no page holds the months table's last cumulative goal %s", last[lang][0])
		}
		if !strings.Contains(squeeze(pages[at]), last[lang][1]) {
			t.Errorf("page %d of %d holds the months table's last row without the one above it (%s):\n%s", at+1, len(pages), last[lang][1], pages[at])
		}
	})
}
