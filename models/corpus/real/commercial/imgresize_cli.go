// imgresize is a command-line tool that batch-resizes JPEG and PNG images.
//
// Usage:
//
//	imgresize -w 1200 -q 85 -out thumbs/ photos/*.jpg
//
// It keeps the aspect ratio, writes progressive JPEGs, and skips files
// that are already smaller than the requested width. No network access,
// no telemetry. MIT licensed.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	width := flag.Int("w", 1600, "maximum width in pixels")
	quality := flag.Int("q", 85, "JPEG quality 1-100")
	out := flag.String("out", "resized", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, f := range flag.Args() {
		if err := resize(f, *out, *width, *quality); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", f, err)
		}
	}
}
