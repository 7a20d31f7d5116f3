// compromise-ner.js: runs the npm package compromise over JSON-lines sentences
//
// Copyright 2026 The Dossier authors
//
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage: node compromise-ner.js GOLD.jsonl PREDICTED.jsonl
// Writes {"id", "entities": [{start, end, type}]} lines (offsets in code points) and
// prints seconds= and kb_per_second= for the recognition alone.

const fs = require('fs');
const nlp = require('compromise');

const [gold, predicted] = process.argv.slice(2);
const rows = fs.readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map(JSON.parse);
const kinds = [['people', 'PERSON'], ['organizations', 'ORG'], ['places', 'PLACE']];

// compromise reports UTF-16 offsets; the corpus counts code points.
function codePointOffset(text, utf16) {
  return Array.from(text.slice(0, utf16)).length;
}

let bytes = 0;
const results = [];
const start = process.hrtime.bigint();
for (const row of rows) {
  const doc = nlp(row.text);
  const found = [];
  for (const [method, type] of kinds) {
    for (const m of doc[method]().json({ offset: true })) {
      found.push({ start: m.offset.start, length: m.offset.length, type });
    }
  }
  results.push(found);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

// compromise's offsets take in the punctuation and possessive attached to the last word
// ("Sunderland.", "China's"); trim them so that the spans compare as names.
function trim(text, start, end) {
  let s = text.slice(start, end);
  let e = end;
  for (;;) {
    const m = s.match(/(['\u2019]s|['\u2019]|[\s.,;:!?)"\u201d\]-])$/u);
    if (!m || m[0].length >= s.length) break;
    s = s.slice(0, -m[0].length);
    e -= m[0].length;
  }
  let b = start;
  while (b < e && /[\s"(\u201c\[]/u.test(text[b])) b++;
  return [b, e];
}

const out = rows.map((row, i) => {
  bytes += Buffer.byteLength(row.text, 'utf8');
  const entities = results[i].map((e) => {
    const [b, end] = trim(row.text, e.start, e.start + e.length);
    return { start: codePointOffset(row.text, b), end: codePointOffset(row.text, end), type: e.type };
  });
  return JSON.stringify({ id: row.id, entities });
});
fs.writeFileSync(predicted, out.join('\n') + '\n');
console.log(`seconds=${seconds.toFixed(6)}`);
console.log(`kb_per_second=${(bytes / 1024 / seconds).toFixed(1)}`);
