# a default that is never referenced is never evaluated
({ a ? throw "unused" }: "ok") { }
