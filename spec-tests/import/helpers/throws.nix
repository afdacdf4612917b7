# helper for import/eval-fail-*: throws when imported
throw "error from an imported file"
