// mozilla-readability.js: runs Mozilla Readability (with jsdom) on every page of a
// folder, writes OUT_DIR/<name>.txt, and prints the time spent extracting, measured
// inside node so that its start-up does not count.
//
// Copyright 2026 The Dossier authors
//
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage: node mozilla-readability.js HTML_DIR OUT_DIR   (NODE_PATH names node_modules)

"use strict";

const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const BLOCKS = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE",
  "PRE", "TR", "TD", "TH", "FIGCAPTION", "SECTION", "ARTICLE", "UL", "OL", "TABLE", "BR", "DT", "DD"]);

// Text with a line break after every block, so that words of two blocks stay apart.
function blockText(node, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child.data);
    else if (child.nodeType === 1) {
      blockText(child, out);
      if (BLOCKS.has(child.tagName)) out.push("\n");
    }
  }
  return out;
}

const [htmlDir, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const names = fs.readdirSync(htmlDir).filter((n) => n.endsWith(".html")).sort();
const pages = names.map((n) => fs.readFileSync(path.join(htmlDir, n), "utf8"));

let seconds = 0;
names.forEach((name, i) => {
  const start = process.hrtime.bigint();
  // jsdom neither runs scripts nor loads resources unless asked to.
  const dom = new JSDOM(pages[i], { url: "https://example.invalid/" });
  const article = new Readability(dom.window.document).parse();
  seconds += Number(process.hrtime.bigint() - start) / 1e9;

  let text = "";
  if (article && article.content) {
    const fragment = new JSDOM(article.content);
    text = blockText(fragment.window.document.body, []).join("");
    fragment.window.close();
  }
  dom.window.close();
  fs.writeFileSync(path.join(outDir, name.replace(/\.html$/, ".txt")), text);
});

console.log(`pages=${names.length}`);
console.log(`seconds=${seconds.toFixed(6)}`);
console.log(`pages_per_second=${(names.length / seconds).toFixed(2)}`);
