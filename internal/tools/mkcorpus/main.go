// Command mkcorpus writes a JSON Lines corpus of real news for throughput
// benchmarks, from the PolNeAR article texts and their publication dates
// (the corpus is not shipped; it is read from ../shared):
//
//	go run ./internal/tools/mkcorpus -n 10000 ../shared/data/polnear > /tmp/news10k.jsonl
//
// Articles repeat to reach n, each copy with its own id and URL, so that
// every copy is stored and its events merge with the earlier copies'.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	n := flag.Int("n", 10000, "articles to write")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: mkcorpus [-n N] POLNEAR_DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	dates := map[string]string{}
	meta, err := os.ReadFile(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		fail(err)
	}
	for _, line := range strings.Split(string(meta), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) > 5 {
			dates[f[1]] = f[5]
		}
	}
	var files []string
	for _, part := range []string{"train", "dev"} {
		fs, _ := filepath.Glob(filepath.Join(dir, part, "text", "*.txt"))
		files = append(files, fs...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		fail(fmt.Errorf("no texts under %s", dir))
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for i := 0; i < *n; i++ {
		path := files[i%len(files)]
		text, err := os.ReadFile(path)
		if err != nil {
			fail(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		pub := dates[name]
		if pub == "" && len(name) > 20 {
			pub = strings.SplitN(name, "_", 3)[1]
		}
		enc.Encode(map[string]string{"id": fmt.Sprintf("%s-%d", name, i), "url": fmt.Sprintf("https://polnear.test/%s/%d", name, i),
			"source": strings.SplitN(name, "_", 2)[0], "published": pub, "text": string(text)})
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkcorpus:", err)
	os.Exit(1)
}
