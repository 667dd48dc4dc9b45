package reader_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"sitrep/reader"
)

func ExampleRead() {
	in := strings.NewReader(`{"id":"a1","published":"2024-03-12","text":"Talks resumed in Doha."}
{"id":"a2","published":"someday","text":"x"}
`)
	opt := reader.Options{Stdin: in, DCT: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	err := reader.Read(context.Background(), []string{"-"}, opt, func(it reader.Item) error {
		if it.Err != nil {
			fmt.Println("error:", it.Err)
			return nil
		}
		fmt.Println(it.Doc.ID, it.Doc.Published.Format("2006-01-02"), it.Doc.Text)
		return nil
	})
	fmt.Println(err)
	// Output:
	// a1 2024-03-12 Talks resumed in Doha.
	// error: -:2: published: unrecognised date "someday"
	// <nil>
}
