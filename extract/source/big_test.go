package source

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley/parley/extract/model"
)

// TestReadHugeInput reads a generated 100 MB scraped text file and checks
// that the heap stays far below the input's size: the reader streams it in
// bounded parts rather than loading it whole.
func TestReadHugeInput(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("writes and reads 100 MB: skipped under -short and -race")
	}
	const size = 100 << 20
	path := filepath.Join(t.TempDir(), "huge.txt")
	stories := writeHugePage(t, path, size)

	peak := sampleHeap(t)
	n := 0
	st, err := Read(context.Background(), []string{path}, nil, Options{}, func(a model.Article) error {
		if n < 3 && a.Title == "" {
			t.Errorf("story %s has no headline", a.ID)
		}
		n++
		return nil
	})
	max := peak()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d MB in %d articles; peak heap %d MiB", size>>20, st.Articles, max>>20)
	if st.Articles != stories {
		t.Errorf("got %d articles from %d stories", st.Articles, stories)
	}
	if max > 64<<20 {
		t.Errorf("peak heap %d MiB while reading a %d MiB file: input not streamed", max>>20, size>>20)
	}
}

// writeHugePage writes an aggregator-style page of about size bytes and
// returns the number of stories in it.
func writeHugePage(t *testing.T, path string, size int) int {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	written, n := 0, 0
	for written < size {
		n++
		c, _ := fmt.Fprintf(w, "Minister %d meets envoy in Lima for trade talks\n\nLima Daily\n\n%d minutes ago\n\n"+
			"LIMA (Reuters) - Minister %d met the envoy in Lima on Monday, officials said. \"The talks were useful,\" the minister said.\n", n, n%60+1, n)
		written += c
		for range 12 {
			c, _ = fmt.Fprintf(w, "The two sides agreed to meet again in Santiago next month to finish the accord on fishing rights, "+
				"tariffs and port fees, and to ask the regional bank to fund a survey of the coast (%d).\n\n", n)
			written += c
		}
		c, _ = fmt.Fprint(w, "Share this article\nComments\nRelated Articles\n\n")
		written += c
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return n
}

// sampleHeap samples the live heap until the returned function is called,
// which returns the largest value seen.
func sampleHeap(t *testing.T) func() uint64 {
	t.Helper()
	runtime.GC()
	var (
		mu   sync.Mutex
		peak uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		mu.Lock()
		peak = max(peak, m.HeapAlloc)
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		sample()
		return peak
	}
}

// TestReadTextParts reads a page longer than a part and checks that parts
// end between stories, so that no story is cut in two, with one warning.
func TestReadTextParts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.txt")
	stories := writeHugePage(t, path, maxPage*3/2)
	var warns []string
	st, err := Read(context.Background(), []string{path}, nil,
		Options{Warn: func(err error) { warns = append(warns, err.Error()) }},
		func(a model.Article) error {
			if a.Title == "" {
				t.Errorf("story %s has no headline: a part ended inside it", a.ID)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != stories || len(warns) != 1 || !strings.Contains(warns[0], "read in parts") {
		t.Errorf("got %d articles of %d, warnings %q", st.Articles, stories, warns)
	}
}

func TestPartBreak(t *testing.T) {
	tests := []struct {
		prevBlank, blank bool
		line             string
		size             int
		want             bool
	}{
		{true, false, "Peru and Chile sign border accord", maxPage, true},
		{true, false, "The presidents met on Monday.", maxPage, false},
		{false, false, "Peru and Chile sign border accord", maxPage, false},
		{false, true, "", maxPage, false},
		{false, true, "", maxPage + maxPage/4, true},
		{false, false, "The presidents met on Monday.", maxPage + maxPage/2, true},
	}
	for _, tt := range tests {
		if got := partBreak(tt.prevBlank, tt.blank, []byte(tt.line), tt.size); got != tt.want {
			t.Errorf("partBreak(%v, %v, %q, %d) = %v, want %v", tt.prevBlank, tt.blank, tt.line, tt.size, got, tt.want)
		}
	}
}
