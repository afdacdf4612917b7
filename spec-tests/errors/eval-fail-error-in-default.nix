# an error in a default argument value
({ a ? throw "default failed" }: a) { }
