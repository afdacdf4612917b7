# helper for import/eval-fail-*: a type error inside an imported file
{ v = 1 + "x"; }
