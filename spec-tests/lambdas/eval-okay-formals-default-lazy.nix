# defaults are only evaluated when needed
({ a ? throw "unused" }: "ok") { a = 1; }
