# helper for import/eval-fail-*: a free variable, an error unless scopedImport supplies it
x + 1
