#!/bin/sh
# Renders the README gallery (docs/gallery/*.png) from the Mazur fixture: a deck page, the network diagram, a training curve, the playground.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
bp="node $root/dist/cli/main.js"
tmp=$(mktemp -d)
cd "$tmp"
$bp derive "$root/fixtures/mazur-2-2-2.yaml" --format beamer --out deck.tex --quiet
$bp draw "$root/fixtures/mazur-2-2-2.yaml" --highlight w5 --decimals 2 --out network.tex --quiet
$bp train "$root/fixtures/mazur-2-2-2.yaml" --epochs 1000 --out-dir . --quiet
for f in deck network mazur-2-2-2-error; do pdflatex -interaction=nonstopmode -halt-on-error "$f.tex" > /dev/null; done
# The deck page with the chain rule for w5 (the first slide whose text has w5+).
page=$(for p in $(seq 1 "$(pdfinfo deck.pdf | awk '/^Pages:/ {print $2}')"); do
  if pdftotext -f "$p" -l "$p" deck.pdf - | grep -q 'w5'; then if pdftotext -f "$p" -l "$p" deck.pdf - | grep -q '0.35891648'; then echo "$p"; break; fi; fi
done)
pdftoppm -png -r 120 -f "$page" -l "$page" -singlefile deck.pdf "$root/docs/gallery/deck-page"
pdftoppm -png -r 150 -singlefile network.pdf "$root/docs/gallery/network"
pdftoppm -png -r 130 -singlefile mazur-2-2-2-error.pdf "$root/docs/gallery/training"
rm -rf "$tmp"
node "$root/scripts/playground-screenshot.mjs"
ls -l "$root/docs/gallery"
